package io.skillgate.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.web.RequestBodyLimitFilter;
import java.util.List;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. The engine REST API uses Camunda's own authentication filter (HTTP Basic
 * against the identity service, and with authorization enabled the engine then checks every
 * call); SkillGate's {@code /api}, dashboard and actuator use Spring Security on the same
 * identity service ({@link ApiSecurityConfiguration}), and each feature checks access to
 * contracts itself.
 */
@Configuration
public class SecurityConfiguration implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<EngineRestAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthenticationFilter());
    registration.setName("skillgate-engine-rest-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> apiBodyLimit(
      @Value("${skillgate.api.max-body-bytes}") long maxBytes, ObjectMapper json) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBytes, json));
    registration.setName("skillgate-api-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentUserArgumentResolver());
  }
}
