package io.skillgate.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature. */
@Configuration
public class PlatformConfiguration {

  /** One clock for all business dates, so tests can reason about "today". */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
