package io.skillgate.admin;

import io.skillgate.admin.InstanceSubjects.InstanceSubject;
import io.skillgate.admin.MigrationReport.Failure;
import io.skillgate.admin.MigrationReport.InstanceResult;
import io.skillgate.admin.MigrationReport.SourceVersion;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
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
 * Moves the running instances of a process to a newer version with Camunda's migration API:
 * per older version a plan that maps steps with equal ids (and updates event triggers) plus the
 * admin's mappings for renamed or removed steps, then each instance on its own, so one instance
 * that cannot move does not hold back the others.
 *
 * <p>A dry run does exactly the same work, each instance in a transaction that is rolled back:
 * what it reports is what the engine would do, not an estimate.
 */
@Service
public class ProcessMigration {

  private static final Logger log = LoggerFactory.getLogger(ProcessMigration.class);

  private final RuntimeService runtime;
  private final ProcessSteps steps;
  private final InstanceSubjects subjects;
  private final Contracts contracts;
  private final ContractJournal journal;
  private final TransactionTemplate eachInstance;

  public ProcessMigration(RuntimeService runtime, ProcessSteps steps, InstanceSubjects subjects,
      Contracts contracts, ContractJournal journal, PlatformTransactionManager tx) {
    this.runtime = runtime;
    this.steps = steps;
    this.subjects = subjects;
    this.contracts = contracts;
    this.journal = journal;
    this.eachInstance = new TransactionTemplate(tx);
    this.eachInstance.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Every deployed version of the process, latest first, with its running instances. */
  public List<ProcessVersion> versions(String processKey) {
    List<ProcessDefinition> definitions = steps.definitions(processKey);
    int latest = definitions.get(0).getVersion();
    return definitions.stream()
        .map(d -> new ProcessVersion(d.getVersion(), d.getId(), d.getDeploymentId(), d.getVersion() == latest,
            runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count()))
        .toList();
  }

  /** The running instances of one version, named by contract and subject, with where they wait. */
  public List<RunningInstance> instances(String processKey, String definitionId) {
    ProcessDefinition definition = steps.definition(processKey, definitionId, "version");
    return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).list().stream()
        .map(i -> {
          InstanceSubject subject = subjects.of(i.getId(), i.getBusinessKey());
          return new RunningInstance(i.getId(), definition.getId(), definition.getVersion(), subject.contractId(),
              subject.subject(), labels(definition.getId(), steps.waitingAt(i.getId())));
        })
        .toList();
  }

  public MigrationReport migrateToLatest(String processKey, boolean dryRun) {
    return migrate(processKey, MigrationRequest.ALL_TO_LATEST, dryRun, null);
  }

  public MigrationReport migrate(String processKey, MigrationRequest request, boolean dryRun, String admin) {
    List<ProcessDefinition> definitions = steps.definitions(processKey);
    ProcessDefinition target = request.targetDefinitionId() == null ? definitions.get(0)
        : steps.definition(processKey, request.targetDefinitionId(), "targetDefinitionId");
    List<ProcessDefinition> sourcesToMove = request.sourceDefinitionId() == null
        ? definitions.stream().filter(d -> d.getVersion() < target.getVersion()).toList()
        : List.of(steps.definition(processKey, request.sourceDefinitionId(), "sourceDefinitionId"));
    if (sourcesToMove.stream().anyMatch(s -> s.getId().equals(target.getId()))) {
      throw new InvalidInputException("targetDefinitionId", "is the version the instances are on");
    }
    validateMappings(request.mappings(), sourcesToMove, target);
    List<SourceVersion> sources = new ArrayList<>();
    for (ProcessDefinition source : sourcesToMove) {
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
      if (!instances.isEmpty()) {
        sources.add(migrate(source, target, request.mappings(), instances, dryRun, admin));
      }
    }
    int migrated = sources.stream().mapToInt(SourceVersion::migrated).sum();
    int failed = sources.stream().mapToInt(s -> s.failures().size()).sum();
    log.info("{} {} to {} v{} with {} mapping(s): {} migrated, {} failed", dryRun ? "dry run of migrating" : "migrated",
        processKey, target.getId(), target.getVersion(), request.mappings().size(), migrated, failed);
    return new MigrationReport(processKey, dryRun, target.getVersion(), target.getId(), migrated, failed,
        request.mappings(), sources);
  }

  /** A mapping names a step of the old version(s) and a step of the target version, or it is a 400. */
  private void validateMappings(List<StepMapping> mappings, List<ProcessDefinition> sources, ProcessDefinition target) {
    for (int i = 0; i < mappings.size(); i++) {
      StepMapping m = mappings.get(i);
      int index = i;
      if (m == null || m.from() == null || sources.stream().noneMatch(s -> steps.activities(s.getId()).containsKey(m.from()))) {
        throw new InvalidInputException("mappings[" + i + "].from", "names no step of the version(s) migrated from");
      }
      if (m.to() == null || !steps.activities(target.getId()).containsKey(m.to())) {
        throw new InvalidInputException("mappings[" + index + "].to", "names no step of version " + target.getVersion());
      }
    }
  }

  private SourceVersion migrate(ProcessDefinition source, ProcessDefinition target, List<StepMapping> mappings,
      List<ProcessInstance> instances, boolean dryRun, String admin) {
    MigrationPlan plan;
    try {
      MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId())
          .mapEqualActivities()
          .updateEventTriggers();
      for (StepMapping m : mappings) {
        if (steps.activities(source.getId()).containsKey(m.from())) {
          builder = builder.mapActivities(m.from(), m.to());
        }
      }
      plan = builder.build();
    } catch (MigrationPlanValidationException e) {
      List<String> problems = planProblems(e);
      List<Failure> failures = new ArrayList<>();
      List<InstanceResult> results = new ArrayList<>();
      for (ProcessInstance i : instances) {
        InstanceSubject subject = subjects.of(i.getId(), i.getBusinessKey());
        List<String> reasons = List.of("the migration plan is invalid: " + String.join("; ", problems));
        failures.add(new Failure(i.getId(), i.getBusinessKey(), subject.contractId(), subject.subject(), reasons));
        results.add(new InstanceResult(i.getId(), subject.contractId(), subject.subject(),
            labels(source.getId(), steps.waitingAt(i.getId())), "FAILED", reasons));
      }
      return new SourceVersion(source.getVersion(), source.getId(), instances.size(), 0, problems, failures, results);
    }
    int migrated = 0;
    List<Failure> failures = new ArrayList<>();
    List<InstanceResult> results = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      InstanceSubject subject = subjects.of(instance.getId(), instance.getBusinessKey());
      List<String> waitingAt = labels(source.getId(), steps.waitingAt(instance.getId()));
      List<String> reasons = migrateOne(plan, instance.getId(), dryRun);
      if (reasons.isEmpty()) {
        migrated++;
        results.add(new InstanceResult(instance.getId(), subject.contractId(), subject.subject(), waitingAt,
            dryRun ? "WOULD_MIGRATE" : "MIGRATED", List.of()));
        if (!dryRun) {
          recordInHistory(subject, admin, "PROCESS_MIGRATED", source.getKey() + " of " + subject.subject()
              + " moved from version " + source.getVersion() + " to " + target.getVersion());
        }
      } else {
        failures.add(new Failure(instance.getId(), instance.getBusinessKey(), subject.contractId(), subject.subject(),
            reasons));
        results.add(new InstanceResult(instance.getId(), subject.contractId(), subject.subject(), waitingAt, "FAILED",
            reasons));
      }
    }
    return new SourceVersion(source.getVersion(), source.getId(), instances.size(), migrated, List.of(), failures,
        results);
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

  private void recordInHistory(InstanceSubject subject, String admin, String kind, String detail) {
    if (subject.contractId() != null && contracts.exists(subject.contractId())) {
      journal.recordEvent(subject.contractId(), admin, kind, detail);
    }
  }

  private List<String> labels(String definitionId, List<String> activityIds) {
    return activityIds.stream().map(a -> steps.label(definitionId, a)).toList();
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
}
