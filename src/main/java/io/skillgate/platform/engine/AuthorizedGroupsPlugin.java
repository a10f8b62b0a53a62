package io.skillgate.platform.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authorised engine command a scan of all authorizations.
 *
 * <p>Before it checks a user's permissions, the engine narrows the user's groups to those that hold
 * any authorization, and it learns which those are with {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}: a scan of the whole table, once per command. SkillGate keeps one grant per
 * open task and candidate group, so with 50,000 open tasks that scan took 40 ms on PostgreSQL, and one
 * Tasklist page (five commands) ran it five times (docs/benchmark.md). The narrowing changes no
 * outcome: the checks look up grants with {@code GROUP_ID_ IN (the groups)}, and a group without any
 * authorization matches no row there, granting or revoking nothing. So the user's groups are passed on
 * as they are (without repeats), and the checks answer exactly as before.
 */
@Component
public class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, without the per-command scan of all groups with authorizations. */
  static class UnscannedGroupsAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return new ArrayList<>();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }

  /** Replaces the engine's factory of AuthorizationManager sessions (custom factories are registered last). */
  static class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new UnscannedGroupsAuthorizationManager();
    }
  }
}
