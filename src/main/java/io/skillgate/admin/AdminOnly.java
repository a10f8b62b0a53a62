package io.skillgate.admin;

import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.ForbiddenException;

/**
 * The process-admin endpoints are for {@code camunda-admin} only. They are not about one
 * contract, so others get 403 (there is nothing of theirs to hide behind a 404).
 */
final class AdminOnly {

  private AdminOnly() {}

  static void require(SkillGateUser user) {
    if (!user.isAdmin()) {
      throw new ForbiddenException("only process admins (group " + SkillGateUser.ADMIN_GROUP + ") may do this");
    }
  }
}
