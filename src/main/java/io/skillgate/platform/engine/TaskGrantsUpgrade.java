package io.skillgate.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the task grants of tasks opened before SkillGate switched to TASK_WORK in line with
 * those the engine now creates: a candidate or assignee had UPDATE on the task (which let them
 * change its variables and candidates) and no READ_VARIABLE (which Tasklist now needs to load the
 * form). Each such grant gets TASK_WORK and READ_VARIABLE instead of UPDATE. Grants for every
 * task ("*") are an admin's deliberate choice and stay. Runs at start-up; a no-op once done.
 */
@Component
@Order(1)
public class TaskGrantsUpgrade implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskGrantsUpgrade.class);
  private static final int PAGE = 200;

  private final AuthorizationService authorizations;
  private final ProcessEngineConfigurationImpl engine;

  public TaskGrantsUpgrade(AuthorizationService authorizations, ProcessEngineConfiguration engine) {
    this.authorizations = authorizations;
    this.engine = (ProcessEngineConfigurationImpl) engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!Permissions.TASK_WORK.getName().equals(engine.getDefaultUserPermissionNameForTask())) {
      return;
    }
    int upgraded = 0;
    List<Authorization> page;
    int skipped = 0;
    do {
      page = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
          .authorizationType(Authorization.AUTH_TYPE_GRANT).hasPermission(Permissions.UPDATE)
          .orderByResourceId().asc().listPage(skipped, PAGE);
      for (Authorization grant : page) {
        if (Authorization.ANY.equals(grant.getResourceId())) {
          skipped++;
          continue;
        }
        grant.removePermission(Permissions.UPDATE);
        grant.addPermission(Permissions.TASK_WORK);
        if (engine.isEnforceSpecificVariablePermission()) {
          grant.addPermission(TaskPermissions.READ_VARIABLE);
        }
        authorizations.saveAuthorization(grant);
        upgraded++;
      }
    } while (page.size() == PAGE);
    if (upgraded > 0) {
      log.info("task grants of {} open task link(s) changed from UPDATE to TASK_WORK and READ_VARIABLE", upgraded);
    }
  }
}
