package io.skillgate.admin;

import java.util.List;

/**
 * What a migration did, or (dry run) would do, instance by instance.
 *
 * @param migrated instances moved (dry run: that would move) to the target version
 * @param failed instances that stay on their version, each with the reasons
 */
public record MigrationReport(String processKey, boolean dryRun, int targetVersion, String targetDefinitionId,
    int migrated, int failed, List<StepMapping> mappings, List<SourceVersion> sourceVersions) {

  /** The instances of one older version. */
  public record SourceVersion(int version, String processDefinitionId, int instances, int migrated,
      List<String> planProblems, List<Failure> failures, List<InstanceResult> results) {}

  /** An instance that could not be migrated, and why (the engine's validation messages). */
  public record Failure(String processInstanceId, String businessKey, String contractId, String subject,
      List<String> reasons) {}

  /**
   * One instance, named by contract and by what it runs for (member, item, milestone).
   *
   * @param result {@code MIGRATED}, {@code WOULD_MIGRATE} (dry run) or {@code FAILED}
   */
  public record InstanceResult(String processInstanceId, String contractId, String subject, List<String> waitingAt,
      String result, List<String> reasons) {}
}
