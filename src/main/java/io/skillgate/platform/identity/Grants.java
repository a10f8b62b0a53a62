package io.skillgate.platform.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants of engine permissions to groups: calling twice grants once. */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission p : permissions) {
      auth.addPermission(p);
    }
    authorizations.saveAuthorization(auth);
  }

  /** Takes these permissions out of the group's grants on that resource, keeping the others. */
  public void revokePermissions(String groupId, Resource resource, String resourceId, Permission... permissions) {
    for (Authorization auth : authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
        .list()) {
      boolean held = false;
      for (Permission p : permissions) {
        if (auth.isPermissionGranted(p)) {
          auth.removePermission(p);
          held = true;
        }
      }
      if (held) {
        authorizations.saveAuthorization(auth);
      }
    }
  }

  /** Removes the group's grants on that resource, if any: calling twice removes once. */
  public void revoke(String groupId, Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
        .list()
        .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
  }
}
