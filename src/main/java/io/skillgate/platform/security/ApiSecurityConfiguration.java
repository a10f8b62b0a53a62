package io.skillgate.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security for SkillGate's own paths: {@code /api/**}, the dashboard and the actuator.
 * Everything else (the Camunda webapps with their own session login and CSRF token,
 * {@code /engine-rest} with Camunda's authentication filter) matches no chain and is left to
 * Camunda.
 *
 * <p>Who: HTTP Basic against the engine's identity service, or, for reads only, the Camunda
 * webapp session. What: path rules for the admins' paths, {@link AdminOnly} and
 * {@link ClientOnly} on operations; which contract a caller may see stays in the features
 * ({@code ContractAccess}: 404 for another vendor's contract).
 *
 * <p>Spring Security's CSRF tokens are off here on purpose: no write can ride on a cookie alone (the
 * session is accepted for GET and HEAD, and for the writes of SkillGate's own pages (evidence upload, contract
 * intake) only with the webapps' own CSRF token of that session, {@link #SESSION_UPLOAD_PATHS}), and a browser that has cached Basic credentials is
 * stopped by the Origin check ({@link SameOriginOnly}) and the content-type check
 * ({@link ApiContentTypeFilter}) before any write runs. Scripts and other systems keep calling
 * the API with Basic credentials and JSON, as documented, without fetching a token first.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

  /**
   * SkillGate's CSP: the dashboard loads its script, its style sheet and Chart.js from this
   * application and fetches JSON from it; nothing inline, nothing from elsewhere, never framed.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** The documented multipart uploads; every other write takes JSON. */
  static final List<String> UPLOAD_PATHS = List.of("/api/contracts/*/members/*/evidence",
      "/api/contracts/*/members/*/items/*/files", "/api/contracts/intake", "/api/contracts/*/roster");

  /**
   * The only writes a logged-in Tasklist user may send with the webapps' session and its CSRF
   * token: those of SkillGate's own pages. From the upload page a task links to: an onboarding
   * item's evidence and its file, or a member's file for a training milestone; a contract's terms
   * and roster from the intake page.
   */
  static final List<String> SESSION_UPLOAD_PATHS = List.of("/api/contracts/*/members/*/items/*/files",
      "/api/contracts/*/members/*/items/*/evidence", "/api/contracts/*/members/*/evidence", "/api/contracts/intake",
      "/api/contracts/*/roster");

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  /**
   * The one authentication provider: as a bean it becomes the global authentication manager's,
   * and its presence keeps Boot from creating its default user with a generated password. It is
   * deliberately not added to the chain as well: a local copy in front of the global one made
   * every wrong password be checked (and counted by the login throttle) twice.
   */
  @Bean
  AuthenticationProvider identityServiceAuthentication(IdentityService identityService) {
    return new IdentityServiceAuthenticationProvider(identityService);
  }

  @Bean
  SecurityFilterChain skillGateSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
    JsonErrors errors = new JsonErrors(json);
    ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(errors);
    http
        .securityMatcher(new OrRequestMatcher(paths("/api/**", "/dashboard/**", "/actuator/**")))
        .httpBasic(basic -> basic.realmName("SkillGate").authenticationEntryPoint(entryPoint))
        .addFilterAfter(new WebappSessionAuthenticationFilter(SESSION_UPLOAD_PATHS), BasicAuthenticationFilter.class)
        .addFilterBefore(SameOriginOnly.filter("/api/**", json), BasicAuthenticationFilter.class)
        .addFilterAfter(new ApiContentTypeFilter(UPLOAD_PATHS, errors), AuthorizationFilter.class)
        .authorizeHttpRequests(requests -> requests
            // The load balancer asks without a login; it gets UP or DOWN, details only for admins.
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            // The dashboard's own script and style sheet hold no data; served to anyone, a page whose
            // session ended can still say "log in to Tasklist" instead of failing silently.
            .requestMatchers(paths("/dashboard/dashboard.js", "/dashboard/dashboard.css",
                "/dashboard/migration.js", "/dashboard/migration.css")).permitAll()
            // The sign-in page that brings a person back to the page they asked for.
            .requestMatchers(paths(ApiAuthenticationEntryPoint.LOGIN_PAGE, "/dashboard/login.js", "/dashboard/session.js",
                "/api/session"))
            .permitAll()
            // Operational data (metrics, build info) and the process admins' API.
            .requestMatchers(paths("/actuator/**", "/api/admin/**")).hasAuthority(SkillGateUser.ADMIN_GROUP)
            .anyRequest().authenticated())
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(new ApiAccessDeniedHandler(errors)))
        // Nothing of Spring Security's is kept in the HTTP session: each request authenticates anew.
        // The webapp session belongs to Camunda, which renews its id at login; were Spring to renew it
        // too on every request it reads, a second request already in flight with the old id (the
        // dashboard fetches in parallel) would find no session.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .logout(logout -> logout.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny())
            .contentTypeOptions(nosniff -> {})
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  private static RequestMatcher[] paths(String... patterns) {
    return Arrays.stream(patterns).map(PATHS::matcher).toArray(RequestMatcher[]::new);
  }
}
