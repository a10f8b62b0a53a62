package io.skillgate.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * The authenticated caller of an API request, as the engine's identity service knows them.
 * Access rules of every feature are phrased in terms of these groups.
 */
public record SkillGateUser(String id, List<String> groups) {

  public static final String ADMIN_GROUP = "camunda-admin";
  public static final String REVIEWER_GROUP = "reviewers";
  public static final String VENDOR_GROUP_PREFIX = "vendor-";

  public SkillGateUser {
    groups = List.copyOf(groups);
  }

  public boolean isAdmin() {
    return groups.contains(ADMIN_GROUP);
  }

  public boolean isReviewer() {
    return groups.contains(REVIEWER_GROUP);
  }

  /** The client side (reviewers) and admins see every contract. */
  public boolean seesAllContracts() {
    return isAdmin() || isReviewer();
  }

  public boolean belongsTo(String group) {
    return groups.contains(group);
  }

  /** The vendor groups this user belongs to (normally one). */
  public List<String> vendorGroups() {
    return groups.stream().filter(g -> g.startsWith(VENDOR_GROUP_PREFIX)).toList();
  }

  public Optional<String> vendorGroup() {
    return vendorGroups().stream().findFirst();
  }
}
