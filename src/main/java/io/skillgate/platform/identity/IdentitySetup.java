package io.skillgate.platform.identity;

import io.skillgate.platform.security.SkillGateUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, once, what every installation needs: the reviewers group with its permissions and the
 * shared Tasklist filters. The admin user and the camunda-admin group are created by the starter
 * (camunda.bpm.admin-user); vendor groups are created when their first contract is registered.
 */
@Component
@Order(0)
public class IdentitySetup implements ApplicationRunner {

  private final IdentityService identity;
  private final Grants grants;
  private final TasklistFilters filters;

  public IdentitySetup(IdentityService identity, Grants grants, TasklistFilters filters) {
    this.identity = identity;
    this.grants = grants;
    this.filters = filters;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    String reviewers = SkillGateUser.REVIEWER_GROUP;
    if (identity.createGroupQuery().groupId(reviewers).count() == 0) {
      Group group = identity.newGroup(reviewers);
      group.setName("Client reviewers");
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    grants.grant(reviewers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Reviewers work in Tasklist only (issue 14: non-admins get what Tasklist needs). Cockpit showed
    // them every vendor's instances; installations set up before keep no Cockpit grant.
    // With it go the instance reads Cockpit needed; Tasklist's history tab needs READ_HISTORY only.
    grants.revoke(reviewers, Resources.APPLICATION, "cockpit");
    grants.revoke(reviewers, Resources.PROCESS_INSTANCE, "*");
    grants.grant(reviewers, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grants.revokePermissions(reviewers, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE);
    grants.grant(reviewers, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    filters.ensure();
    filters.share(reviewers);
    filters.share(SkillGateUser.ADMIN_GROUP);
    filters.shareWithVendors();
  }
}
