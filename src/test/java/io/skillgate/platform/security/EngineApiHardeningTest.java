package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine REST API as an attacker would try it: each door must stay shut. */
@SkillGateTest
class EngineApiHardeningTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @Test
  void expressionsInTaskQueriesAreRefused() {
    Api.Response direct = api.post(TestSupport.VENDOR_A, "/engine-rest/task",
        "{\"assigneeExpression\": \"${''.getClass().forName('java.lang.Runtime')}\"}");
    assertThat(direct.status()).as(direct.body()).isBetween(400, 403);

    Api.Response nested = api.post(TestSupport.VENDOR_A, "/engine-rest/task",
        "{\"orQueries\": [{\"candidateGroupExpression\": \"${currentUserGroups()}\"}]}");
    assertThat(nested.status()).as(nested.body()).isBetween(400, 403);
  }

  @Test
  void vendorsCannotCreateFiltersWithExpressions() {
    Api.Response response = api.post(TestSupport.VENDOR_A, "/engine-rest/filter/create",
        "{\"resourceType\": \"Task\", \"name\": \"mine\", \"query\": {\"assigneeExpression\": \"${currentUser()}\"}}");
    assertThat(response.status()).as(response.body()).isEqualTo(403);
  }

  @Test
  void unboundedOrHugeQueriesAreRefused() {
    assertThat(api.get(TestSupport.REVIEWER, "/engine-rest/task").status()).isEqualTo(400);
    assertThat(api.get(TestSupport.REVIEWER, "/engine-rest/task?maxResults=5000").status()).isEqualTo(400);
    assertThat(api.get(TestSupport.REVIEWER, "/engine-rest/task?maxResults=100").status()).isEqualTo(200);
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    String id = Fixtures.uniqueId("SER");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
    String body = "{\"value\": \"rO0ABXQABGV2aWw=\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": "
        + "\"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}";

    Api.Response response = api.send(TestSupport.VENDOR_A,
        HttpRequest.newBuilder(api.uri("/engine-rest/task/" + taskId + "/variables/payload"))
            .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(response.status()).as(response.body()).isBetween(400, 500);
    assertThat(tasks.getVariable(taskId, "payload")).isNull();
  }

  @Test
  void jsonObjectsOfClassesSkillGateDoesNotUseAreNeverDeserialised() {
    String id = Fixtures.uniqueId("DSR");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    Tripwire.created.set(0);

    for (String type : List.of(Tripwire.class.getName(), "java.io.File")) {
      String value = Tripwire.class.getName().equals(type) ? "{\\\"armed\\\": true}" : "\\\"skillgate-dsr.txt\\\"";
      Api.Response written = api.send(TestSupport.ADMIN, HttpRequest.newBuilder(
              api.uri("/engine-rest/process-instance/" + instanceId + "/variables/payload"))
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
              "{\"value\": \"" + value + "\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"" + type
                  + "\", \"serializationDataFormat\": \"application/json\"}}")));
      assertThat(written.status()).as(written.body()).isIn(204, 400);

      Api.Response read = api.get(TestSupport.ADMIN,
          "/engine-rest/process-instance/" + instanceId + "/variables/payload?deserializeValue=true");
      assertThat(read.status()).as(read.body()).isNotEqualTo(200);
      // The reason (the type is not allowed) is logged; the answer only says it could not be read.
      assertThat(read.body()).as(type).contains("Cannot deserialize").contains(type);
    }
    assertThat(Tripwire.created).as("objects constructed by deserialisation").hasValue(0);

    // The types SkillGate does store still read back: the programme's member list.
    runtime.setVariable(instanceId, "members", org.camunda.bpm.engine.variable.Variables
        .objectValue(new java.util.ArrayList<>(List.of("m-1", "m-2"))).serializationDataFormat("application/json").create());
    assertThat(runtime.getVariable(instanceId, "members")).isEqualTo(List.of("m-1", "m-2"));
  }

  /** A class whose construction the test can see: deserialising it would count. */
  public static class Tripwire {
    static final AtomicInteger created = new AtomicInteger();
    public boolean armed;

    public Tripwire() {
      created.incrementAndGet();
    }
  }

  @Test
  void wrongPasswordsSlowDownOneUserFromOneAddressOnly() {
    String user = newUser();
    String attacker = address();

    for (int i = 1; i <= 4; i++) {
      // Three free failures, the fourth starts the delay.
      assertThat(basic(user, "Wrong-guess-" + i, attacker).status()).as("wrong password " + i).isEqualTo(401);
    }
    Api.Response waiting = basic(user, RIGHT_PASSWORD, attacker);
    assertThat(waiting.status()).as(waiting.body()).isEqualTo(429);
    assertThat(waiting.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
        s -> assertThat(Integer.parseInt(s)).isBetween(1, 2));
    assertThat(waiting.body()).contains("too many failed logins").doesNotContain(RIGHT_PASSWORD);
    assertThat(basic(user, RIGHT_PASSWORD, attacker, "/engine-rest/task?maxResults=1").status()).isEqualTo(429);

    // The user, from anywhere else, logs in at once: nothing locks the account.
    assertThat(basic(user, RIGHT_PASSWORD, address()).status()).isEqualTo(200);
    assertThat(basic(user, RIGHT_PASSWORD, address(), "/engine-rest/task?maxResults=1").status()).isEqualTo(200);
    assertThat(webappLogin(user, RIGHT_PASSWORD, address()).status()).isEqualTo(200);
  }

  @Test
  void theWebappLoginFormIsThrottledLikeBasic() {
    String user = newUser();
    String attacker = address();

    for (int i = 1; i <= 4; i++) {
      Api.Response r = webappLogin(user, "Wrong-guess-" + i, attacker);
      assertThat(r.status()).as("wrong password " + i + " " + r.body() + r.raw().headers().map()).isEqualTo(401);
    }
    Api.Response waiting = webappLogin(user, RIGHT_PASSWORD, attacker);
    assertThat(waiting.status()).as(waiting.body()).isEqualTo(429);
    assertThat(waiting.raw().headers().firstValue("Retry-After")).isPresent();
    // The same pair over Basic waits too: it is one user guessed at from one address.
    assertThat(basic(user, RIGHT_PASSWORD, attacker).status()).isEqualTo(429);

    Api.Response elsewhere = webappLogin(user, RIGHT_PASSWORD, address());
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
    assertThat(elsewhere.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
  }

  @Test
  void theRightPasswordResetsTheCountOfItsAddress() {
    String user = newUser();
    String home = address();
    for (int i = 1; i <= 3; i++) {
      assertThat(basic(user, "Typo-" + i, home).status()).isEqualTo(401);
    }
    assertThat(basic(user, RIGHT_PASSWORD, home).status()).isEqualTo(200);
    // Three more typos are free again.
    for (int i = 1; i <= 3; i++) {
      assertThat(basic(user, "Typo-again-" + i, home).status()).isEqualTo(401);
    }
    assertThat(basic(user, RIGHT_PASSWORD, home).status()).isEqualTo(200);
  }

  @Test
  void aWrongBasicHeaderBesideAValidSessionStillCountsAsAFailure() {
    String user = newUser();
    String attacker = address();
    Api.Response login = webappLogin(TestSupport.VENDOR_A, TestSupport.passwordOf(TestSupport.VENDOR_A), attacker);
    assertThat(login.status()).isEqualTo(200);
    String cookies = String.join("; ", login.raw().headers().allValues("Set-Cookie").stream()
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).toList());

    // The session lets the read through, but the guessed password was checked and was wrong.
    for (int i = 1; i <= 4; i++) {
      api.send(null, HttpRequest.newBuilder(api.uri("/api/contracts")).header("Cookie", cookies)
          .header("X-Forwarded-For", attacker).header("Authorization", basicHeader(user, "Guess-" + i)));
    }
    assertThat(basic(user, RIGHT_PASSWORD, attacker).status()).isEqualTo(429);
  }

  @Test
  void theEnginesOwnLockIsOff() {
    String user = newUser();
    // Far more than the engine's loginMaxAttempts (10), which used to lock an account for good.
    for (int i = 0; i < 15; i++) {
      assertThat(identity.checkPassword(user, "Wrong-" + i)).isFalse();
    }
    assertThat(identity.checkPassword(user, RIGHT_PASSWORD)).isTrue();
    assertThat(basic(user, RIGHT_PASSWORD, address()).status()).isEqualTo(200);
  }

  @Test
  void throttledAttemptsAreCountedForAdmins() {
    String user = newUser();
    String attacker = address();
    for (int i = 1; i <= 4; i++) {
      basic(user, "Wrong-" + i, attacker);
    }
    basic(user, RIGHT_PASSWORD, attacker);

    Api.Response metrics = api.get(TestSupport.ADMIN, "/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).containsPattern("skillgate_login_throttled_total\\{channel=\"api\"[^}]*\\} [1-9]")
        .containsPattern("skillgate_login_failed_total\\{channel=\"api\"[^}]*\\} [1-9]");
    assertThat(api.get(TestSupport.VENDOR_A, "/actuator/prometheus").status()).isEqualTo(403);
  }

  @Test
  void theAdminCannotGiveAUserAWeakPassword() {
    String id = "weak-" + Fixtures.uniqueId("u").substring(2).toLowerCase();
    Api.Response created = api.post(TestSupport.ADMIN, "/engine-rest/user/create",
        "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"W\", \"lastName\": \"K\", \"email\": \"w@k.example\"},"
            + " \"credentials\": {\"password\": \"a\"}}");

    assertThat(created.status()).as(created.body()).isEqualTo(400);
    assertThat(created.body()).contains("password").contains("password policy").contains("at least 10 characters");
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void nobodyChangesTheirPasswordToAWeakOne() {
    String user = newUser();
    Api.Response changed = api.send(null, HttpRequest.newBuilder(api.uri("/engine-rest/user/" + user + "/credentials"))
        .header("Authorization", basicHeader(user, RIGHT_PASSWORD)).header("X-Forwarded-For", address())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"password\": \"a\", \"authenticatedUserPassword\": \"" + RIGHT_PASSWORD + "\"}")));

    assertThat(changed.status()).as(changed.body()).isEqualTo(400);
    assertThat(changed.body()).contains("password policy");
    assertThat(identity.checkPassword(user, RIGHT_PASSWORD)).isTrue();
    assertThat(identity.checkPassword(user, "a")).isFalse();
  }

  @Test
  void aStrongPasswordIsAccepted() {
    String user = newUser();
    Api.Response changed = api.send(null, HttpRequest.newBuilder(api.uri("/engine-rest/user/" + user + "/credentials"))
        .header("Authorization", basicHeader(user, RIGHT_PASSWORD)).header("X-Forwarded-For", address())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"password\": \"Another-Strong-9\", \"authenticatedUserPassword\": \""
            + RIGHT_PASSWORD + "\"}")));

    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    assertThat(identity.checkPassword(user, "Another-Strong-9")).isTrue();
  }

  private static final String RIGHT_PASSWORD = "Right-Passw0rd!";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  /** A fresh client address per use (documentation range), so tests never share a throttle counter. */
  private static String address() {
    int n = ADDRESSES.incrementAndGet();
    return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
  }

  /** A user of vendor A with a password that meets the policy. */
  private String newUser() {
    String user = "throttled-" + Fixtures.uniqueId("u").substring(2).toLowerCase();
    User u = identity.newUser(user);
    u.setFirstName("Thro");
    u.setLastName("Ttled");
    u.setPassword(RIGHT_PASSWORD);
    identity.saveUser(u);
    identity.createMembership(user, Fixtures.VENDOR_A_GROUP);
    return user;
  }

  private Api.Response basic(String user, String password, String address) {
    return basic(user, password, address, "/api/contracts");
  }

  private Api.Response basic(String user, String password, String address, String path) {
    return api.send(null, HttpRequest.newBuilder(api.uri(path))
        .header("Authorization", basicHeader(user, password)).header("X-Forwarded-For", address));
  }

  /** Tasklist's login: open the page (session and CSRF token), then post the form with the token. */
  private Api.Response webappLogin(String user, String password, String address) {
    Api.Response page = api.send(null, HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/default/"))
        .header("X-Forwarded-For", address));
    List<String> cookies = page.raw().headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
    String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring("XSRF-TOKEN=".length()))
        .findFirst().orElseThrow();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return api.send(null, HttpRequest.newBuilder(api.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
        .header("Cookie", String.join("; ", cookies)).header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private static String basicHeader(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theAdminSetUpCannotCreateAnotherAdmin() {
    Api.Response response = api.post(null, "/camunda/api/admin/setup/default/user/create",
        "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"I\", \"lastName\": \"N\", \"email\": \"i@n.example\"},"
            + " \"credentials\": {\"password\": \"intruder-pw-123\"}}");
    assertThat(response.status()).isIn(401, 403);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void webappApisNeedALogin() {
    assertThat(api.get(null, "/camunda/api/engine/engine/default/task?maxResults=10").status()).isIn(401, 403);
    assertThat(api.get(null, "/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status())
        .isIn(401, 403);
  }

}
