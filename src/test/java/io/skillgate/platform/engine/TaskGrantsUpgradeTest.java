package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task opened under the old grants (UPDATE, no READ_VARIABLE) gets today's grants at start-up. */
@SkillGateTest
class TaskGrantsUpgradeTest {

  @Autowired TaskGrantsUpgrade upgrade;
  @Autowired AuthorizationService authorizations;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired Api api;

  @Test
  void anOldCandidateGrantBecomesTaskWorkWithReadVariable() {
    String id = Fixtures.uniqueId("TGU");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    Authorization grant = grantOf(task);
    assertThat(grant.isPermissionGranted(Permissions.TASK_WORK)).as("new tasks get TASK_WORK").isTrue();
    assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();

    // As the engine granted before SkillGate switched: READ and UPDATE.
    grant.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.READ, Permissions.UPDATE});
    authorizations.saveAuthorization(grant);
    upgrade.run(null);

    Authorization upgraded = grantOf(task);
    assertThat(upgraded.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(upgraded.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(upgraded.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(upgraded.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
  }

  private Authorization grantOf(Task task) {
    return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .groupIdIn(Fixtures.VENDOR_A_GROUP).singleResult();
  }
}
