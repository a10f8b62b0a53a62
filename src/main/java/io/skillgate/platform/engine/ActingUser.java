package io.skillgate.platform.engine;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed the task that led to a delegate (in Tasklist or through the REST API): the
 * engine's authenticated user, or null when the engine or a test acted without one.
 */
public final class ActingUser {

  private ActingUser() {}

  public static String of(ProcessEngineServices engine) {
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  public static String of(DelegateExecution execution) {
    return of(execution.getProcessEngineServices());
  }
}
