package io.skillgate.platform.login;

import io.skillgate.platform.engine.login.PasswordPolicyPlugin;

/** The configured admin password does not meet the password policy: start-up stops (see {@link AdminPasswordFailureAnalyzer}). */
public class AdminPasswordRejectedException extends IllegalStateException {

  private final String unmetRules;

  public AdminPasswordRejectedException(String adminId, String unmetRules) {
    super("The admin password (SKILLGATE_ADMIN_PASSWORD, camunda.bpm.admin-user.password) does not meet the password "
        + "policy, so the admin user '" + adminId + "' cannot be created. It needs " + PasswordPolicyPlugin.RULES
        + ". Unmet rules: " + unmetRules);
    this.unmetRules = unmetRules;
  }

  String unmetRules() {
    return unmetRules;
  }
}
