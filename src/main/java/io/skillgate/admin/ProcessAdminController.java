package io.skillgate.admin;

import io.skillgate.platform.security.AdminOnly;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin}: for process admins after they deployed a changed model (the migration page
 * under the dashboard calls these). The processes and their versions with running instances;
 * the instances of a version by contract and member, item or milestone; a proposal of where
 * instances continue in a newer version; migrating them (a dry run unless {@code dryRun=false}),
 * with mappings for renamed or removed steps; moving one stuck instance to a chosen step; and the
 * changelog of deployments.
 */
@RestController
@RequestMapping("/api/admin")
@AdminOnly
public class ProcessAdminController {

  static final int MAX_LOG_ENTRIES = 200;

  private final ProcessMigration migration;
  private final MigrationProposals proposals;
  private final InstanceModification modification;
  private final DeploymentLog deploymentLog;
  private final RepositoryService repository;

  public ProcessAdminController(ProcessMigration migration, MigrationProposals proposals,
      InstanceModification modification, DeploymentLog deploymentLog, RepositoryService repository) {
    this.migration = migration;
    this.proposals = proposals;
    this.modification = modification;
    this.deploymentLog = deploymentLog;
    this.repository = repository;
  }

  @GetMapping("/processes")
  public List<ProcessSummary> processes() {
    return repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .sorted(Comparator.comparing(ProcessDefinition::getKey))
        .map(d -> new ProcessSummary(d.getKey(), d.getName(), migration.versions(d.getKey())))
        .toList();
  }

  @GetMapping("/processes/{key}/versions")
  public List<ProcessVersion> versions(@PathVariable String key) {
    return migration.versions(key);
  }

  @GetMapping("/processes/{key}/instances")
  public List<RunningInstance> instances(@PathVariable String key, @RequestParam String version) {
    return migration.instances(key, version);
  }

  /** Where the instances of {@code source} (default: the newest older version with instances) would continue. */
  @GetMapping("/processes/{key}/migration-proposal")
  public MigrationProposal proposal(@PathVariable String key, @RequestParam(required = false) String source,
      @RequestParam(required = false) String target) {
    return proposals.propose(key, source, target);
  }

  /**
   * Dry run by default: moving live instances is done only when asked for explicitly. Without a
   * body, every older version moves to the latest with equal ids mapped.
   */
  @PostMapping("/processes/{key}/migrations")
  public MigrationReport migrate(@PathVariable String key, @RequestParam(defaultValue = "true") boolean dryRun,
      @RequestBody(required = false) MigrationRequest request, SkillGateUser user) {
    return migration.migrate(key, request == null ? MigrationRequest.ALL_TO_LATEST : request, dryRun, user.id());
  }

  @PostMapping("/instances/{id}/moves")
  public InstanceMoveResult move(@PathVariable String id, @RequestBody(required = false) InstanceMove move,
      SkillGateUser user) {
    return modification.move(id, move, user.id());
  }

  @GetMapping("/deployments")
  public List<DeploymentLogEntry> deployments(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LOG_ENTRIES) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_LOG_ENTRIES);
    }
    return deploymentLog.latest(limit);
  }
}
