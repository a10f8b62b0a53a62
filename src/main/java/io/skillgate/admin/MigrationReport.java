package io.skillgate.admin;

import java.util.List;

/**
 * What a migration to the latest version did, or (dry run) would do.
 *
 * @param migrated instances moved (dry run: that would move) to the target version
 * @param failed instances that stay on their version, each with the reasons
 */
public record MigrationReport(String processKey, boolean dryRun, int targetVersion, String targetDefinitionId,
    int migrated, int failed, List<SourceVersion> sourceVersions) {

  /** The instances of one older version. */
  public record SourceVersion(int version, String processDefinitionId, int instances, int migrated,
      List<String> planProblems, List<Failure> failures) {}

  /** An instance that could not be migrated, and why (the engine's validation messages). */
  public record Failure(String processInstanceId, String businessKey, List<String> reasons) {}
}
