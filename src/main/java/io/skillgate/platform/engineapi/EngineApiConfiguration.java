package io.skillgate.platform.engineapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.web.RequestBodyLimitFilter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The guard of the engine's two HTTP faces: {@code /engine-rest} and the webapps' {@code /camunda/api}.
 * Order: the engine REST authentication (HIGHEST_PRECEDENCE + 20) names the caller, then the
 * allowlist refuses what the caller's role may not call, then the body limit, so a refused caller's
 * body is never read; the webapps' own filters (session, CSRF) run after these.
 */
@Configuration
public class EngineApiConfiguration {

  static final String[] ENGINE_API_PATHS = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<EngineApiGuardFilter> engineApiGuard(IdentityService identity, ProcessEngine engine) {
    FilterRegistrationBean<EngineApiGuardFilter> registration =
        new FilterRegistrationBean<>(new EngineApiGuardFilter(identity, new OpenTasks(engine)));
    registration.setName("skillgate-engine-api-guard");
    registration.addUrlPatterns(ENGINE_API_PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 22);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> engineApiBodyLimit(
      @Value("${skillgate.engine-api.max-body-bytes}") long maxBytes,
      @Value("${skillgate.engine-api.max-multipart-bytes}") long maxMultipartBytes, ObjectMapper json) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBytes, maxMultipartBytes, json));
    registration.setName("skillgate-engine-api-body-limit");
    registration.addUrlPatterns(ENGINE_API_PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 23);
    return registration;
  }
}
