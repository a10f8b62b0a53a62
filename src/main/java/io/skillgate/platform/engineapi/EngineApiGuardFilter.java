package io.skillgate.platform.engineapi;

import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engineapi.EngineApiAllowlist.Role;
import io.skillgate.platform.security.SkillGateUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets each caller of {@code /engine-rest} and {@code /camunda/api} through only to what
 * {@link EngineApiAllowlist} allows their role, and gives every 403 of these APIs a body that
 * names nothing (see {@link PlainRefusals}).
 *
 * <p>The caller is who the engine REST authentication filter (which runs before this one) made
 * the engine's current user, or on the webapps' API who is logged in to the webapp session.
 * Nobody → only the open calls (login and the like); anything else is a 401.
 */
public class EngineApiGuardFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineApiGuardFilter.class);
  private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  private final IdentityService identity;
  private final OpenTasks openTasks;

  EngineApiGuardFilter(IdentityService identity, OpenTasks openTasks) {
    this.identity = identity;
    this.openTasks = openTasks;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiRequest call = EngineApiRequest.of(request);
    Caller caller = callerOf(request);
    String method = request.getMethod();
    boolean allowed;
    if (caller == null) {
      allowed = EngineApiAllowlist.open(method, call);
      if (!allowed) {
        PlainRefusals.write(response, 401, "Unauthorized", "log in to use this API");
        return;
      }
    } else {
      Role role = EngineApiAllowlist.roleOf(caller.groups(), SkillGateUser.ADMIN_GROUP, SkillGateUser.REVIEWER_GROUP,
          SkillGateUser.VENDOR_GROUP_PREFIX);
      // A method override header would let Jersey run another method than the one judged here.
      boolean overridden = METHOD_OVERRIDES.stream().anyMatch(h -> request.getHeader(h) != null);
      allowed = role == Role.ADMIN || !overridden
          && EngineApiAllowlist.allows(role, caller.id(), method, call, request::getParameter);
      if (!allowed) {
        log.info("engine API call refused for {} ({}): {} {}", caller.id(), role, method, call);
        PlainRefusals.write(response, 403, "Forbidden", PlainRefusals.NOT_YOURS);
        return;
      }
    }
    if (openTasks.formOfMissingTask(method, call)) {
      log.debug("form of a task that is no longer open: {}", call);
      PlainRefusals.write(response, 404, "NotFound", OpenTasks.GONE);
      return;
    }
    if (log.isDebugEnabled()) {
      log.debug("engine API call allowed for {}: {} {}", caller == null ? "(anonymous)" : caller.id(), method, call);
    }
    HttpServletResponse answer = PlainRefusals.wrap(response);
    chain.doFilter(request, answer);
    PlainRefusals.finish(answer);
  }

  private Caller callerOf(HttpServletRequest request) {
    if (request.getServletPath().startsWith("/engine-rest")) {
      ActingUser.Caller current = ActingUser.caller(identity);
      return current == null ? null : new Caller(current.id(), current.groups());
    }
    return fromWebappSession(request.getSession(false));
  }

  private static Caller fromWebappSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications all = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = all == null ? null : all.getAuthenticationForProcessEngine(EngineApiRequest.ENGINE_NAME);
    if (auth instanceof UserAuthentication user) {
      return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
    }
    return null;
  }

  private record Caller(String id, List<String> groups) {}
}
