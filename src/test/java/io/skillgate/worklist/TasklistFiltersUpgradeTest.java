package io.skillgate.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.identity.TasklistFilters;
import io.skillgate.platform.identity.VendorGroups;
import io.skillgate.support.SkillGateTest;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Filters and vendor groups of an installation set up by an older version are brought up to date at start-up. */
@SkillGateTest
class TasklistFiltersUpgradeTest {

  @Autowired TasklistFilters seeded;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @Test
  void anOlderFilterGetsTheColumnsAndOrderOnceAndKeepsItsIdAndGrants() {
    Filter myTasks = filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
    long grantsBefore = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(myTasks.getId()).count();
    // As the previous version saved it: no columns, ordered by due date only.
    myTasks.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    myTasks.setProperties(Map.of("priority", -10, "description", "Tasks assigned to me", "color", "#1f77b4",
        "refresh", true));
    filters.saveFilter(myTasks);

    seeded.ensure();
    Filter upgraded = filters.getFilter(myTasks.getId());
    assertThat(upgraded.getProperties()).containsKey("variables");
    assertThat(((FilterEntity) upgraded).getQueryInternal()).contains("PRIORITY_");
    int revision = ((FilterEntity) upgraded).getRevision();

    seeded.ensure();
    assertThat(((FilterEntity) filters.getFilter(myTasks.getId())).getRevision()).as("nothing saved again")
        .isEqualTo(revision);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(myTasks.getId())
        .count()).isEqualTo(grantsBefore);
  }

  @Test
  void aVendorGroupOfAnOlderInstallationMayReadTheNewFilters() {
    String groupId = "vendor-older-" + System.nanoTime();
    Group group = identity.newGroup(groupId);
    group.setType(VendorGroups.GROUP_TYPE);
    identity.saveGroup(group);

    seeded.shareWithVendors();

    Filter waiting = filters.createFilterQuery().filterName(TasklistFilters.WAITING_ON_ME).singleResult();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.FILTER)
        .resourceId(waiting.getId()).hasPermission(Permissions.READ).count()).isEqualTo(1);
  }
}
