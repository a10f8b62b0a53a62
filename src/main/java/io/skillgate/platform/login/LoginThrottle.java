package io.skillgate.platform.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers wrong passwords per (user, client address) and per client address, and says how long
 * the next attempt of a pair must wait. The counters live in Caffeine caches: bounded in size (an
 * attacker inventing user ids cannot exhaust memory) and forgotten a while after the last failure.
 *
 * <p>Deliberately no per-user counter over all addresses: that one anybody could drive up from
 * anywhere, which is exactly the lock-out this class replaces. The counters are per node; in a
 * cluster an attacker gets one allowance per node.
 */
public class LoginThrottle {

  /** Longer user ids are cut for the key: nobody has one, and the key stays small. */
  private static final int MAX_KEY_USER_LENGTH = 128;
  /** 2^30 times the first delay is beyond any sensible maximum: stop doubling there. */
  private static final int MAX_DOUBLINGS = 30;

  private final LoginThrottleSettings settings;
  private final Ticker ticker;
  private final Cache<String, Failures> perUserAndAddress;
  private final Cache<String, Failures> perAddress;

  public LoginThrottle(LoginThrottleSettings settings) {
    this(settings, Ticker.systemTicker());
  }

  LoginThrottle(LoginThrottleSettings settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
    this.perUserAndAddress = cache(settings, ticker);
    this.perAddress = cache(settings, ticker);
  }

  private static Cache<String, Failures> cache(LoginThrottleSettings settings, Ticker ticker) {
    return Caffeine.newBuilder()
        .maximumSize(settings.maxTracked())
        .expireAfterWrite(settings.forgetAfter().plus(settings.maxDelay()))
        .ticker(ticker)
        .build();
  }

  /** How long an attempt of {@code user} from {@code address} must still wait; empty when it may go ahead. */
  public Optional<Duration> waitBefore(String user, String address) {
    long now = ticker.read();
    long until = Math.max(blockedUntil(perAddress, address), user == null ? Long.MIN_VALUE : blockedUntil(perUserAndAddress, pairKey(user, address)));
    return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
  }

  /** A wrong password (or an unknown user): the pair's and the address's delays grow. */
  public void failed(String user, String address) {
    long now = ticker.read();
    perUserAndAddress.asMap().compute(pairKey(user, address),
        (k, old) -> next(old, now, settings.freeFailuresPerUser()));
    perAddress.asMap().compute(address, (k, old) -> next(old, now, settings.freeFailuresPerAddress()));
  }

  /**
   * The right password: this pair starts afresh. The address keeps its count, or an attacker
   * could reset it by logging in to an account of their own between guesses at others.
   */
  public void succeeded(String user, String address) {
    perUserAndAddress.invalidate(pairKey(user, address));
  }

  /** Wrong passwords counted for the pair (for tests and log lines). */
  int failures(String user, String address) {
    Failures f = perUserAndAddress.getIfPresent(pairKey(user, address));
    return f == null ? 0 : f.count();
  }

  private Failures next(Failures old, long now, int free) {
    int count = old == null ? 1 : old.count() + 1;
    return new Failures(count, now + delay(count, free).toNanos());
  }

  Duration delay(int failures, int free) {
    if (failures <= free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free - 1, MAX_DOUBLINGS);
    Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  private static long blockedUntil(Cache<String, Failures> cache, String key) {
    Failures f = cache.getIfPresent(key);
    // System.nanoTime() may be negative: "never blocked" must be below any reading.
    return f == null ? Long.MIN_VALUE : f.blockedUntil();
  }

  private static String pairKey(String user, String address) {
    String u = user == null ? "" : user.length() > MAX_KEY_USER_LENGTH ? user.substring(0, MAX_KEY_USER_LENGTH) : user;
    return address + '\n' + u;
  }

  /** Failures so far, and until when (ticker nanos) the next attempt waits. */
  private record Failures(int count, long blockedUntil) {}
}
