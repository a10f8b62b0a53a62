package io.skillgate.platform.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so Tasklist, the engine
 * REST API and SkillGate's API share one user store and the engine's login throttling
 * ({@code checkPassword} counts failed attempts).
 *
 * <p>When the identity service cannot be asked (the database is down) the answer is an
 * {@link AuthenticationServiceException}, which {@link ApiAuthenticationEntryPoint} turns into a
 * 503: telling a caller with a right password that it is wrong would be a lie, and a 500 with a
 * stack trace per request is what the database fault test found before.
 */
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(IdentityServiceAuthenticationProvider.class);

  private final IdentityService identityService;

  IdentityServiceAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isEmpty() || !(credentials instanceof String secret)) {
      throw new BadCredentialsException("no user or password");
    }
    try {
      if (!identityService.checkPassword(userId, secret)) {
        throw new BadCredentialsException("wrong user or password");
      }
      List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).toList();
      return new SkillGateAuthentication(new SkillGateUser(userId, groups));
    } catch (BadCredentialsException e) {
      throw e;
    } catch (RuntimeException e) {
      log.warn("cannot check credentials: {}", e.getMessage());
      throw new AuthenticationServiceException("the identity service cannot be asked", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
