package io.skillgate.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller Spring Security has authenticated, with the engine's group ids as authorities
 * ({@code camunda-admin}, {@code reviewers}, {@code vendor-...}). Plain group ids, without a
 * {@code ROLE_} prefix, because Boot's actuator compares {@code management.endpoint.health.roles}
 * with the authorities of a Spring Security authentication as they are.
 */
public final class SkillGateAuthentication extends AbstractAuthenticationToken {

  private final SkillGateUser user;

  public SkillGateAuthentication(SkillGateUser user) {
    super(user.groups().stream().map(SimpleGrantedAuthority::new).toList());
    this.user = user;
    setAuthenticated(true);
  }

  @Override
  public SkillGateUser getPrincipal() {
    return user;
  }

  /** Never kept: the password was checked once, by the identity service. */
  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return user.id();
  }

  List<String> groups() {
    return user.groups();
  }
}
