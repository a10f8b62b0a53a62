package io.skillgate.platform.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts on the engine: the engine's authenticated user (Tasklist, the REST API, or the API
 * completing as its caller), or null when the engine or a test acted without one. The engine
 * hands its authentication out as an internal type, so it is read only here.
 */
public final class ActingUser {

  private ActingUser() {}

  /** The engine's authenticated user and groups. */
  public record Caller(String id, List<String> groups) {}

  public static String of(ProcessEngineServices engine) {
    return of(engine.getIdentityService());
  }

  public static String of(DelegateExecution execution) {
    return of(execution.getProcessEngineServices());
  }

  public static String of(IdentityService identity) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /** The authenticated user with their groups, or null when no user is authenticated. */
  public static Caller caller(IdentityService identity) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return null;
    }
    return new Caller(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  /** Runs {@code work} with no engine user (SkillGate's own bookkeeping), then restores the previous one. */
  public static <T> T asNobody(IdentityService identity, Supplier<T> work) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (previous != null) {
        identity.setAuthentication(previous);
      }
    }
  }

  /** Runs {@code work} as the given engine user, then restores the previous one. */
  public static void as(IdentityService identity, String userId, List<String> groups, Runnable work) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(userId, groups);
    try {
      work.run();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
