package io.skillgate.admin;

import io.skillgate.admin.MigrationReport.Failure;
import io.skillgate.admin.MigrationReport.SourceVersion;
import io.skillgate.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of a process to its latest version with Camunda's migration API:
 * per older version a plan that maps activities with equal ids (and updates event triggers), then
 * each instance on its own, so one instance that cannot move does not hold back the others.
 *
 * <p>A dry run does exactly the same work, each instance in a transaction that is rolled back:
 * what it reports is what the engine would do, not an estimate.
 */
@Service
public class ProcessMigration {

  private static final Logger log = LoggerFactory.getLogger(ProcessMigration.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate eachInstance;

  public ProcessMigration(RepositoryService repository, RuntimeService runtime, PlatformTransactionManager tx) {
    this.repository = repository;
    this.runtime = runtime;
    this.eachInstance = new TransactionTemplate(tx);
    this.eachInstance.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Every deployed version of the process, latest first, with its running instances. */
  public List<ProcessVersion> versions(String processKey) {
    List<ProcessDefinition> definitions = definitions(processKey);
    int latest = definitions.get(0).getVersion();
    return definitions.stream()
        .map(d -> new ProcessVersion(d.getVersion(), d.getId(), d.getDeploymentId(), d.getVersion() == latest,
            runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count()))
        .toList();
  }

  public MigrationReport migrateToLatest(String processKey, boolean dryRun) {
    List<ProcessDefinition> definitions = definitions(processKey);
    ProcessDefinition target = definitions.get(0);
    List<SourceVersion> sources = new ArrayList<>();
    for (ProcessDefinition source : definitions.subList(1, definitions.size())) {
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
      if (!instances.isEmpty()) {
        sources.add(migrate(source, target, instances, dryRun));
      }
    }
    int migrated = sources.stream().mapToInt(SourceVersion::migrated).sum();
    int failed = sources.stream().mapToInt(s -> s.failures().size()).sum();
    log.info("{} {} to {} v{}: {} migrated, {} failed", dryRun ? "dry run of migrating" : "migrated",
        processKey, target.getId(), target.getVersion(), migrated, failed);
    return new MigrationReport(processKey, dryRun, target.getVersion(), target.getId(), migrated, failed, sources);
  }

  private SourceVersion migrate(ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> instances,
      boolean dryRun) {
    MigrationPlan plan;
    try {
      plan = runtime.createMigrationPlan(source.getId(), target.getId())
          .mapEqualActivities()
          .updateEventTriggers()
          .build();
    } catch (MigrationPlanValidationException e) {
      List<String> problems = planProblems(e);
      List<Failure> failures = instances.stream()
          .map(i -> new Failure(i.getId(), i.getBusinessKey(), List.of("the migration plan is invalid")))
          .toList();
      return new SourceVersion(source.getVersion(), source.getId(), instances.size(), 0, problems, failures);
    }
    int migrated = 0;
    List<Failure> failures = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      List<String> reasons = migrateOne(plan, instance.getId(), dryRun);
      if (reasons.isEmpty()) {
        migrated++;
      } else {
        failures.add(new Failure(instance.getId(), instance.getBusinessKey(), reasons));
      }
    }
    return new SourceVersion(source.getVersion(), source.getId(), instances.size(), migrated, List.of(), failures);
  }

  /** Migrates one instance in its own transaction; returns why it could not, or nothing. */
  private List<String> migrateOne(MigrationPlan plan, String processInstanceId, boolean dryRun) {
    try {
      eachInstance.executeWithoutResult(status -> {
        runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
        if (dryRun) {
          status.setRollbackOnly();
        }
      });
      return List.of();
    } catch (MigratingProcessInstanceValidationException e) {
      return instanceProblems(e.getValidationReport());
    } catch (ProcessEngineException e) {
      return List.of(e.getMessage());
    }
  }

  private static List<String> planProblems(MigrationPlanValidationException e) {
    List<String> problems = new ArrayList<>();
    e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f ->
        problems.add(r.getMigrationInstruction().getSourceActivityId() + " -> "
            + r.getMigrationInstruction().getTargetActivityId() + ": " + f)));
    e.getValidationReport().getVariableReports().forEach((name, r) ->
        r.getFailures().forEach(f -> problems.add("variable " + name + ": " + f)));
    return problems;
  }

  private static List<String> instanceProblems(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
    report.getTransitionInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
    return reasons;
  }

  private List<ProcessDefinition> definitions(String processKey) {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .list().stream()
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion).reversed())
        .toList();
    if (definitions.isEmpty()) {
      throw new NotFoundException("no process with key " + processKey);
    }
    return definitions;
  }
}
