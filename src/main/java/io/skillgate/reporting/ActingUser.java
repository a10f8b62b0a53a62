package io.skillgate.reporting;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user who completed the task that led here (Tasklist or REST), or null when run by the engine or a test. */
final class ActingUser {

  private ActingUser() {}

  static String of(ProcessEngineServices engine) {
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
