package io.skillgate.admin;

import io.skillgate.platform.security.AdminOnly;
import io.skillgate.platform.web.InvalidInputException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin}: for process admins after they deployed a changed model. Which versions run
 * how many instances, migrating them to the latest version (a dry run unless {@code dryRun=false}),
 * and the changelog of deployments.
 */
@RestController
@RequestMapping("/api/admin")
@AdminOnly
public class ProcessAdminController {

  static final int MAX_LOG_ENTRIES = 200;

  private final ProcessMigration migration;
  private final DeploymentLog deploymentLog;

  public ProcessAdminController(ProcessMigration migration, DeploymentLog deploymentLog) {
    this.migration = migration;
    this.deploymentLog = deploymentLog;
  }

  @GetMapping("/processes/{key}/versions")
  public List<ProcessVersion> versions(@PathVariable String key) {
    return migration.versions(key);
  }

  /** Dry run by default: moving live instances is done only when asked for explicitly. */
  @PostMapping("/processes/{key}/migrations")
  public MigrationReport migrate(@PathVariable String key, @RequestParam(defaultValue = "true") boolean dryRun) {
    return migration.migrateToLatest(key, dryRun);
  }

  @GetMapping("/deployments")
  public List<DeploymentLogEntry> deployments(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LOG_ENTRIES) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_LOG_ENTRIES);
    }
    return deploymentLog.latest(limit);
  }
}
