package io.skillgate.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * One identity group per vendor. Its members use Tasklist and see only tasks the engine grants
 * them: those whose candidate group is their vendor's (the engine grants that automatically).
 */
@Component
public class VendorGroups {

  /** The type of every vendor's group, by which SkillGate finds them all. */
  public static final String GROUP_TYPE = "VENDOR";

  private final IdentityService identity;
  private final Grants grants;
  private final TasklistFilters filters;

  public VendorGroups(IdentityService identity, Grants grants, TasklistFilters filters) {
    this.identity = identity;
    this.grants = grants;
    this.filters = filters;
  }

  public void ensure(String groupId, String vendorName) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName(vendorName);
      group.setType(GROUP_TYPE);
      identity.saveGroup(group);
    }
    grants.grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Completing a task reads its process definition (the model, not instance data).
    grants.grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grants.grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    filters.share(groupId);
  }
}
