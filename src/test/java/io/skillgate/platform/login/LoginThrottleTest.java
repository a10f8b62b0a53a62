package io.skillgate.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: free failures, doubling, the cap, forgetting. */
class LoginThrottleTest {

  private final AtomicLong nanos = new AtomicLong(-5_000_000_000L); // nanoTime may well be negative
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleSettings(3, 10, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 1000),
      nanos::get);

  @Test
  void theDelayStartsAfterTheFreeFailuresAndDoubles() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("nora", "203.0.113.9");
      assertThat(throttle.waitBefore("nora", "203.0.113.9")).isEmpty();
    }
    throttle.failed("nora", "203.0.113.9");
    assertThat(throttle.waitBefore("nora", "203.0.113.9")).contains(Duration.ofSeconds(1));
    advance(Duration.ofSeconds(1));
    assertThat(throttle.waitBefore("nora", "203.0.113.9")).isEmpty();
    throttle.failed("nora", "203.0.113.9");
    assertThat(throttle.waitBefore("nora", "203.0.113.9")).contains(Duration.ofSeconds(2));
    advance(Duration.ofSeconds(2));
    throttle.failed("nora", "203.0.113.9");
    assertThat(throttle.waitBefore("nora", "203.0.113.9")).contains(Duration.ofSeconds(4));
  }

  @Test
  void theDelayStopsGrowingAtTheMaximum() {
    assertThat(throttle.delay(3 + 10, 3)).isEqualTo(Duration.ofSeconds(512));
    assertThat(throttle.delay(3 + 11, 3)).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.delay(Integer.MAX_VALUE, 3)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anotherAddressOrAnotherUserIsNotSlowedDown() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("admin", "203.0.113.9");
    }
    assertThat(throttle.waitBefore("admin", "203.0.113.9")).isPresent();
    assertThat(throttle.waitBefore("admin", "198.51.100.1")).isEmpty();
    assertThat(throttle.waitBefore("nora", "203.0.113.9")).isEmpty();
  }

  @Test
  void anAddressGuessingAtManyUsersIsSlowedDownForAllOfThem() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("user-" + i, "203.0.113.50");
    }
    assertThat(throttle.waitBefore("somebody-else", "203.0.113.50")).contains(Duration.ofSeconds(1));
    assertThat(throttle.waitBefore(null, "203.0.113.50")).isPresent();
  }

  @Test
  void theRightPasswordClearsThePairButNotTheAddress() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("user-" + i, "203.0.113.60");
    }
    throttle.succeeded("user-0", "203.0.113.60");
    assertThat(throttle.failures("user-0", "203.0.113.60")).isZero();
    assertThat(throttle.waitBefore("user-0", "203.0.113.60")).isPresent();
  }

  @Test
  void failuresAreForgottenAfterAQuietHour() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("rita", "203.0.113.70");
    }
    advance(Duration.ofHours(1).plus(Duration.ofMinutes(16)));
    assertThat(throttle.failures("rita", "203.0.113.70")).isZero();
    assertThat(throttle.waitBefore("rita", "203.0.113.70")).isEmpty();
  }

  @Test
  void userIdsInTheLogCannotForgeLines() {
    assertThat(LoginGuard.printable("nora\nWARN forged line")).isEqualTo("nora?WARN forged line");
    assertThat(LoginGuard.printable("x".repeat(100))).hasSize(65);
  }

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }
}
