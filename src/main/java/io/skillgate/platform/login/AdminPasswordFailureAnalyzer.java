package io.skillgate.platform.login;

import io.skillgate.platform.engine.login.PasswordPolicyPlugin;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused admin password into Spring Boot's "APPLICATION FAILED TO START" summary: what and how to fix. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRejectedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRejectedException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set SKILLGATE_ADMIN_PASSWORD to a password with " + PasswordPolicyPlugin.RULES + ".", cause);
  }
}
