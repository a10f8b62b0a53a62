package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks permissions with the user's groups as they are, without first scanning all
 * authorizations for the groups that hold any: the outcome of every check stays the same.
 */
@SkillGateTest
class AuthorizedGroupsPluginTest {

  @Autowired ProcessEngineConfiguration engine;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void theEngineUsesTheUnscannedAuthorizationManager() {
    assertThat(((ProcessEngineConfigurationImpl) engine).getSessionFactories().get(AuthorizationManager.class)
        .openSession()).isInstanceOf(AuthorizedGroupsPlugin.UnscannedGroupsAuthorizationManager.class);
  }

  @Test
  void grantsOfTheUsersGroupsCountAndGroupsWithoutAuthorizationsChangeNothing() {
    String granted = Fixtures.uniqueId("granted").toLowerCase();
    String bare = Fixtures.uniqueId("bare").toLowerCase();
    Task task = tasks.newTask();
    task.setName("group check");
    tasks.saveTask(task);
    grant(granted, task.getId());
    try {
      assertThat(visible("someone", List.of(granted), task)).isTrue();
      assertThat(visible("someone", List.of(bare, granted, bare), task)).isTrue();
      assertThat(visible("someone", List.of(bare), task)).isFalse();
      assertThat(visible("someone", List.of(), task)).isFalse();
    } finally {
      identity.clearAuthentication();
      authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
          .forEach(a -> authorizations.deleteAuthorization(a.getId()));
      tasks.deleteTask(task.getId(), true);
    }
  }

  private boolean visible(String user, List<String> groups, Task task) {
    identity.setAuthentication(user, groups);
    try {
      return tasks.createTaskQuery().taskId(task.getId()).count() == 1
          && authorizations.isUserAuthorized(user, groups, Permissions.READ, Resources.TASK, task.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  private void grant(String group, String taskId) {
    Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    a.setGroupId(group);
    a.setResource(Resources.TASK);
    a.setResourceId(taskId);
    a.addPermission(Permissions.READ);
    authorizations.saveAuthorization(a);
  }
}
