package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords, as anybody on the internet could: the guesser is slowed down more and more,
 * and the account's owner, from their own address, logs in as usual (the engine's old lock made
 * 10 wrong passwords a permanent lock-out of anyone, the only admin included).
 *
 * <p>The attacker's address is set with X-Forwarded-For, which the app trusts from loopback as it
 * does from its TLS proxy; the real users call from loopback itself.
 */
@Tag("security")
class LoginAttackTest {

  private final PackagedApp app = PackagedApp.get();

  @Test
  void guessingNorasPasswordOverBasicLeavesHerLoggingIn() throws Exception {
    Caller attacker = app.as(PackagedApp.VENDOR_A).withPassword("Guess-1").from("203.0.113.10");

    List<Integer> statuses = guess(attacker, "/engine-rest/task?maxResults=1", 25);

    assertThat(statuses).doesNotContain(200).contains(401, 429);
    assertThat(statuses.subList(0, 4)).as("three free failures, the fourth starts the delay").containsOnly(401);
    assertThat(statuses.stream().filter(s -> s == 429).count()).as(statuses.toString()).isGreaterThanOrEqualTo(19);
    Caller.Reply rightFromAttacker = app.as(PackagedApp.VENDOR_A).from("203.0.113.10").get("/engine-rest/task?maxResults=1");
    assertThat(rightFromAttacker.status()).as("the right password is not even checked while waiting").isEqualTo(429);
    assertThat(rightFromAttacker.headers().firstValue("Retry-After")).isPresent();
    assertThat(rightFromAttacker.body()).contains("too many failed logins").doesNotContain("\"id\"");

    // Nora, from her own address, on every channel.
    assertThat(app.as(PackagedApp.VENDOR_A).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
    assertThat(app.as(PackagedApp.VENDOR_A).get("/api/contracts").status()).isEqualTo(200);
    assertThat(webappLogin(PackagedApp.VENDOR_A, app.passwordOf(PackagedApp.VENDOR_A), null).status()).isEqualTo(200);
    assertThat(app.as(PackagedApp.VENDOR_A).from("198.51.100.20").get("/api/contracts").status()).isEqualTo(200);
  }

  @Test
  void guessingTheAdminsPasswordLeavesTheAdminInCharge() throws Exception {
    Caller attacker = app.as(PackagedApp.ADMIN).withPassword("Admin-guess-1!").from("203.0.113.11");

    List<Integer> statuses = guess(attacker, "/api/contracts", 25);

    assertThat(statuses).doesNotContain(200);
    assertThat(statuses.stream().filter(s -> s == 429).count()).as(statuses.toString()).isGreaterThanOrEqualTo(19);
    assertThat(app.as(PackagedApp.ADMIN).from("203.0.113.11").get("/api/contracts").status()).isEqualTo(429);

    Caller.Reply metrics = app.as(PackagedApp.ADMIN).get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(count(metrics.body(), "skillgate_login_throttled_total", "api")).isGreaterThanOrEqualTo(19);
    assertThat(count(metrics.body(), "skillgate_login_failed_total", "api")).isGreaterThanOrEqualTo(4);
    assertThat(app.as(PackagedApp.ADMIN).get("/engine-rest/user?id=admin&maxResults=1").body()).contains("\"admin\"");
  }

  @Test
  void theDelayGrowsWithEachFurtherFailure() throws Exception {
    Caller attacker = app.as(PackagedApp.VENDOR_B).withPassword("Guess-2").from("203.0.113.12");
    for (int i = 0; i < 4; i++) {
      assertThat(attacker.get("/api/contracts").status()).isEqualTo(401);
    }
    long first = retryAfter(attacker.get("/api/contracts"));
    Thread.sleep(first * 1000 + 200);
    assertThat(attacker.get("/api/contracts").status()).as("after the wait, one more guess is checked").isEqualTo(401);
    long second = retryAfter(attacker.get("/api/contracts"));
    Thread.sleep(second * 1000 + 200);
    assertThat(attacker.get("/api/contracts").status()).isEqualTo(401);
    long third = retryAfter(attacker.get("/api/contracts"));

    assertThat(List.of(first, second, third)).containsExactly(1L, 2L, 4L);
    assertThat(app.as(PackagedApp.VENDOR_B).get("/api/contracts").status()).isEqualTo(200);
  }

  @Test
  void theTasklistLoginFormIsThrottledAndTheReviewerStillLogsIn() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      statuses.add(webappLogin(PackagedApp.REVIEWER, "Wrong-form-" + i, "203.0.113.13").status());
    }
    assertThat(statuses).doesNotContain(200);
    assertThat(statuses.subList(0, 4)).containsOnly(401);
    assertThat(statuses.stream().filter(s -> s == 429).count()).as(statuses.toString()).isGreaterThanOrEqualTo(16);
    assertThat(webappLogin(PackagedApp.REVIEWER, app.passwordOf(PackagedApp.REVIEWER), "203.0.113.13").status())
        .isEqualTo(429);

    Caller.Reply login = webappLogin(PackagedApp.REVIEWER, app.passwordOf(PackagedApp.REVIEWER), null);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"rita\"");

    Caller.Reply metrics = app.as(PackagedApp.ADMIN).get("/actuator/prometheus");
    assertThat(count(metrics.body(), "skillgate_login_throttled_total", "webapp")).isGreaterThanOrEqualTo(16);
  }

  @Test
  void eachThrottledAttemptIsLoggedWithUserAndAddressButNoPassword() throws Exception {
    Caller attacker = app.as(PackagedApp.VENDOR_B).withPassword("Secret-guess-77").from("203.0.113.14");
    guess(attacker, "/engine-rest/task?maxResults=1", 6);

    String log = app.log();
    assertThat(log).contains("login throttled: user 'oscar' from 203.0.113.14 on engine-rest must wait")
        .doesNotContain("Secret-guess-77");
    assertThat(log.lines().filter(l -> l.contains("login throttled") && l.contains("203.0.113.14")))
        .allMatch(l -> l.contains(" WARN "));
  }

  private static List<Integer> guess(Caller attacker, String path, int times) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      statuses.add(attacker.get(path).status());
    }
    return statuses;
  }

  private static long retryAfter(Caller.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(429);
    return Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
  }

  private static double count(String prometheus, String metric, String channel) {
    Matcher m = Pattern.compile("(?m)^" + metric + "\\{[^}]*channel=\"" + channel + "\"[^}]*\\} (\\S+)$").matcher(prometheus);
    assertThat(m.find()).as(metric + " for " + channel).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private Caller.Reply webappLogin(String user, String password, String address) throws Exception {
    return WebappLogin.login(address == null ? app.anonymous() : app.anonymous().from(address), user, password);
  }
}
