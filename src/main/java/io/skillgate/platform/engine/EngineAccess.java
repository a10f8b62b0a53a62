package io.skillgate.platform.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

/**
 * What the rest of SkillGate needs from the engine beyond its public API, from outside a
 * command. Kept here so an engine upgrade has one place to check.
 */
public final class EngineAccess {

  private EngineAccess() {}

  /** Runs {@code work} as one engine command in a (new or joined) transaction; see {@link InCommand}. */
  public static <T> T inCommand(ProcessEngine engine, Supplier<T> work) {
    return config(engine).getCommandExecutorTxRequired().execute(context -> work.get());
  }

  /**
   * Whether a task exists, looked up without the caller's authorization (so "not there" can be
   * told apart from "not yours").
   */
  public static boolean taskExistsIgnoringAuthorization(ProcessEngine engine, String taskId) {
    return config(engine).getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return context.getTaskManager().findTaskById(taskId) != null;
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }

  /** The prefix of the engine's table names (empty unless configured). */
  public static String tablePrefix(ProcessEngine engine) {
    return config(engine).getDatabaseTablePrefix();
  }

  /** Saves a user without the password policy (the demo's documented passwords). */
  public static void saveUserPastPasswordPolicy(IdentityService identity, User user) {
    ((IdentityServiceImpl) identity).saveUser(user, true);
  }

  /** A stored filter's query as the engine keeps it (JSON), or null for a filter not yet stored. */
  public static String storedQuery(Filter filter) {
    return filter instanceof FilterEntity entity ? entity.getQueryInternal() : null;
  }

  private static ProcessEngineConfigurationImpl config(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
