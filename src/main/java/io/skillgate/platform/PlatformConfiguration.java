package io.skillgate.platform;

import io.skillgate.platform.engine.EngineClock;
import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature. */
@Configuration
public class PlatformConfiguration {

  /**
   * One clock for all business dates: the engine's ({@link EngineClock}), which is the machine's
   * in production, so that what people do and what timers do is dated alike.
   */
  @Bean
  Clock clock() {
    return new EngineClock(EngineClock.ZONE);
  }

  /** Bean Validation's "past" and "future" (a departure date, say) go by the same clock. */
  @Bean
  ValidationConfigurationCustomizer businessDateForValidation(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }
}
