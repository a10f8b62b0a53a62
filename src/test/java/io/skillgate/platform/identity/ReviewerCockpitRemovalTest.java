package io.skillgate.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.support.SkillGateTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** An installation set up before issue 14 loses the reviewers' Cockpit grants at its next start, once. */
@SkillGateTest
class ReviewerCockpitRemovalTest {

  @Autowired IdentitySetup setup;
  @Autowired AuthorizationService authorizations;
  @Autowired Grants grants;

  @Test
  void theOldCockpitGrantsGoAtStartUpAndStayGone() {
    String reviewers = SkillGateUser.REVIEWER_GROUP;
    // What the earlier version granted.
    grants.grant(reviewers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(reviewers, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    Authorization definitions = authorizations.createAuthorizationQuery().groupIdIn(reviewers)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    definitions.addPermission(Permissions.READ_INSTANCE);
    authorizations.saveAuthorization(definitions);

    setup.run(new DefaultApplicationArguments());
    setup.run(new DefaultApplicationArguments());

    assertThat(authorizations.createAuthorizationQuery().groupIdIn(reviewers)
        .resourceType(Resources.APPLICATION).resourceId("cockpit").count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(reviewers)
        .resourceType(Resources.PROCESS_INSTANCE).count()).isZero();
    Authorization after = authorizations.createAuthorizationQuery().groupIdIn(reviewers)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    assertThat(after.isPermissionGranted(Permissions.READ_INSTANCE)).isFalse();
    assertThat(after.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(after.isPermissionGranted(Permissions.READ_HISTORY)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(reviewers)
        .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isEqualTo(1);
  }
}
