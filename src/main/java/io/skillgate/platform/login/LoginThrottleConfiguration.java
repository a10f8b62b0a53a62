package io.skillgate.platform.login;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Login throttling: the counters, the guard and the filter that comes before every other one. */
@Configuration
class LoginThrottleConfiguration {

  @Bean
  LoginThrottle loginThrottle(LoginThrottleSettings settings) {
    return new LoginThrottle(settings);
  }

  @Bean
  LoginGuard loginGuard(LoginThrottle throttle, MeterRegistry meters) {
    return new LoginGuard(throttle, meters);
  }

  /**
   * Ahead of all filters, Spring Security's chain and Camunda's REST and webapp filters included,
   * so a waiting attempt never reaches a password check, whatever handles its path.
   */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginGuard guard) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(guard));
    registration.setName("skillgate-login-throttle");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
