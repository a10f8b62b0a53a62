package io.skillgate.admin;

import java.util.List;

/**
 * What to migrate: the instances of one version (or, when null, of every older version) to a
 * target version (null: the latest), with the admin's mappings for steps whose id changed or
 * which were removed. Steps with equal ids are mapped without asking.
 */
public record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, List<StepMapping> mappings) {

  public static final MigrationRequest ALL_TO_LATEST = new MigrationRequest(null, null, List.of());

  public List<StepMapping> mappings() {
    return mappings == null ? List.of() : mappings;
  }
}
