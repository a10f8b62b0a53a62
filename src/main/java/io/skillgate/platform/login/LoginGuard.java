package io.skillgate.platform.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link LoginThrottle} to login attempts: refuses those that must still wait (with a
 * WARN line and the {@code skillgate_login_throttled_total} metric), and feeds it the outcome of
 * every password the engine checks for an HTTP request, on whichever channel.
 */
public class LoginGuard {

  static final String THROTTLED_METRIC = "skillgate.login.throttled";
  static final String FAILED_METRIC = "skillgate.login.failed";
  static final String[] CHANNELS = {"engine-rest", "api", "webapp", "other"};

  private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

  private final LoginThrottle throttle;
  private final Map<String, Counter> throttled = new ConcurrentHashMap<>();
  private final Map<String, Counter> failed = new ConcurrentHashMap<>();

  public LoginGuard(LoginThrottle throttle, MeterRegistry meters) {
    this.throttle = throttle;
    for (String channel : CHANNELS) {
      // Registered up front, so the series show (at 0) before the first attack.
      throttled.put(channel, Counter.builder(THROTTLED_METRIC).tag("channel", channel)
          .description("Login attempts refused without checking the password because their user and address, or their address, must still wait")
          .register(meters));
      failed.put(channel, Counter.builder(FAILED_METRIC).tag("channel", channel)
          .description("Wrong passwords (or unknown users) in login attempts over HTTP")
          .register(meters));
    }
  }

  /**
   * How long this attempt must still wait, if it must; logs and counts the refusal. Nothing is
   * checked and nothing counts as a failure: waiting attempts never lengthen the delay.
   */
  public Optional<Duration> mustWait(String user, ClientRequest request) {
    Optional<Duration> wait = throttle.waitBefore(user, request.address());
    wait.ifPresent(w -> {
      counter(throttled, request.channel()).increment();
      log.warn("login throttled: user '{}' from {} on {} must wait {} s more", printable(user), request.address(),
          request.channel(), seconds(w));
    });
    return wait;
  }

  /**
   * Checks a password for the current HTTP request: refused unchecked while the attempt must
   * wait, otherwise checked and its outcome remembered. Outside an HTTP request (Java callers)
   * the password is simply checked.
   */
  public boolean check(String user, BooleanSupplier passwordMatches) {
    ClientRequest request = ClientRequest.current();
    if (request == null) {
      return passwordMatches.getAsBoolean();
    }
    // Normally the filter has refused such an attempt already; this catches any way around it
    // (a header the filter could not read, a password check inside another call).
    if (mustWait(user, request).isPresent()) {
      return false;
    }
    boolean ok = passwordMatches.getAsBoolean();
    if (ok) {
      throttle.succeeded(user, request.address());
    } else {
      throttle.failed(user, request.address());
      counter(failed, request.channel()).increment();
      log.info("wrong password for user '{}' from {} on {}", printable(user), request.address(), request.channel());
    }
    return ok;
  }

  private static Counter counter(Map<String, Counter> counters, String channel) {
    return counters.getOrDefault(channel, counters.get("other"));
  }

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** A user id as typed by anyone: no line breaks or control characters into the log, and not too long. */
  static String printable(String user) {
    if (user == null) {
      return "";
    }
    String cut = user.length() > 64 ? user.substring(0, 64) + "…" : user;
    return cut.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
