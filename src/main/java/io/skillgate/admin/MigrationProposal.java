package io.skillgate.admin;

import java.util.List;

/**
 * What the migration page shows before a dry run: the steps where instances of the source version
 * wait, each with its step in the target version (same id: mapped; else a proposal the admin
 * confirms or changes), and the steps of the target version to choose from.
 */
public record MigrationProposal(String processKey, String sourceDefinitionId, int sourceVersion,
    String targetDefinitionId, int targetVersion, List<Step> steps, List<Activity> targetActivities) {

  /**
   * @param mapping {@code SAME_ID} (mapped without asking), {@code PROPOSED} (a similar step, to
   *     confirm) or {@code NONE} (removed: the admin chooses where its instances continue)
   */
  public record Step(String activityId, String name, String type, long waitingInstances, String targetActivityId,
      String mapping) {}

  public record Activity(String id, String name, String type) {}
}
