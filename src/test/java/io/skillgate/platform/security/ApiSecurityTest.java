package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.ContractVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Spring Security on SkillGate's own paths, in process: headers, the Origin and content-type
 * checks of {@code /api} writes, the read-only webapp session, health details. The same attacks
 * against the packaged app are in {@link WebAttackTest}.
 */
@SkillGateTest
class ApiSecurityTest {

  @Autowired Api api;
  @Autowired ContractRepository contracts;
  @Autowired ApplicationContext context;

  @Test
  void dashboardAndApiAnswersCarryTheSecurityHeaders() {
    for (Api.Response r : List.of(api.get(TestSupport.REVIEWER, "/dashboard"),
        api.get(TestSupport.REVIEWER, "/dashboard/dashboard.js"), api.get(TestSupport.REVIEWER, "/api/contracts"),
        api.get(null, "/api/contracts"))) {
      var headers = r.raw().headers();
      assertThat(headers.firstValue("Content-Security-Policy")).as(r.raw().uri().toString())
          .hasValue(ApiSecurityConfiguration.CONTENT_SECURITY_POLICY);
      assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
    assertThat(ApiSecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
        .doesNotContain("unsafe");
  }

  @Test
  void camundaWebappsKeepTheirOwnHeaders() {
    Api.Response tasklist = api.get(null, "/camunda/app/tasklist/default/");
    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.raw().headers().firstValue("Content-Security-Policy")).isPresent()
        .isNotEqualTo(java.util.Optional.of(ApiSecurityConfiguration.CONTENT_SECURITY_POLICY));
  }

  @Test
  void aWriteFromAnotherSitesPageIsRefusedAndChangesNothing() {
    String id = Fixtures.uniqueId("XO");
    Api.Response r = api.send(TestSupport.REVIEWER, json("/api/contracts", Fixtures.contract(id).toString())
        .header("Origin", "https://evil.example"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("message").asText()).contains("another site");
    assertThat(contracts.exists(id)).isFalse();

    Api.Response sandboxed = api.send(TestSupport.REVIEWER, json("/api/contracts", Fixtures.contract(id).toString())
        .header("Origin", "null"));
    assertThat(sandboxed.status()).isEqualTo(403);
    assertThat(contracts.exists(id)).isFalse();
  }

  @Test
  void aWriteFromTheAppsOwnOriginPasses() {
    String id = Fixtures.uniqueId("SO");
    Api.Response r = api.send(TestSupport.REVIEWER, json("/api/contracts", Fixtures.contract(id).toString())
        .header("Origin", api.baseUrl()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(contracts.exists(id)).isTrue();
  }

  @Test
  void behindTheTlsProxyTheOwnOriginIsThePublicOne() {
    String id = Fixtures.uniqueId("PX");
    Api.Response wrongScheme = api.send(TestSupport.REVIEWER, json("/api/contracts", Fixtures.contract(id).toString())
        .header("Origin", "http://skillgate.example").header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "skillgate.example"));
    assertThat(wrongScheme.status()).isEqualTo(403);
    assertThat(contracts.exists(id)).isFalse();

    Api.Response own = api.send(TestSupport.REVIEWER, json("/api/contracts", Fixtures.contract(id).toString())
        .header("Origin", "https://skillgate.example").header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "skillgate.example"));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(contracts.exists(id)).isTrue();
  }

  @Test
  void formsAndPlainTextAreRefusedWith415AndChangeNothing() {
    String id = Fixtures.uniqueId("CT");
    for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "text/plain;charset=UTF-8",
        "multipart/form-data; boundary=x", "application/jsonx", "not a type")) {
      Api.Response r = api.send(TestSupport.REVIEWER, HttpRequest.newBuilder(api.uri("/api/contracts"))
          .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(Fixtures.contract(id).toString())));
      assertThat(r.status()).as(type).isEqualTo(415);
      assertThat(r.json().path("message").asText()).as(type).contains("application/json");
    }
    Api.Response noType = api.send(TestSupport.REVIEWER, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .POST(HttpRequest.BodyPublishers.ofString(Fixtures.contract(id).toString())));
    assertThat(noType.status()).isEqualTo(415);
    assertThat(contracts.exists(id)).isFalse();
  }

  @Test
  void aWriteWithoutABodyNeedsNoContentType() {
    Api.Response dryRun = api.send(TestSupport.ADMIN, HttpRequest.newBuilder(
        api.uri("/api/admin/processes/" + ContractVariables.PROCESS_KEY + "/migrations")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
  }

  @Test
  void theEvidenceUploadTakesMultipartOnly() {
    Api.Response r = api.post(TestSupport.VENDOR_A, "/api/contracts/x/members/y/evidence", "{}");
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.json().path("message").asText()).contains("multipart/form-data");
  }

  @Test
  void theWebappSessionWritesOnlyWithItsOwnCsrfTokenAndOnlyFromSkillGatesPages() throws Exception {
    String cookie = tasklistLogin(TestSupport.REVIEWER);
    Api.Response read = api.send(null, HttpRequest.newBuilder(api.uri("/api/contracts")).header("Cookie", cookie));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.raw().headers().allValues("Set-Cookie")).as("a read leaves the session's id alone").isEmpty();

    String id = Fixtures.uniqueId("SS");
    Api.Response bare = api.send(null, intake(id).header("Cookie", cookie));
    assertThat(bare.status()).as("the cookie alone, as a forged cross-site form would send it").isEqualTo(401);
    Api.Response guessed = api.send(null, intake(id).header("Cookie", cookie)
        .header("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF"));
    assertThat(guessed.status()).as("a token that is not the session's").isEqualTo(401);
    String otherSessionsToken = sessionToken(tasklistLogin(TestSupport.REVIEWER));
    Api.Response borrowed = api.send(null, intake(id).header("Cookie", cookie).header("X-XSRF-TOKEN", otherSessionsToken));
    assertThat(borrowed.status()).as("another session's token").isEqualTo(401);
    String token = sessionToken(cookie);
    Api.Response crossSite = api.send(null, intake(id).header("Cookie", cookie).header("X-XSRF-TOKEN", token)
        .header("Origin", "https://evil.example"));
    assertThat(crossSite.status()).as("the right token from another site's page").isEqualTo(403);
    Api.Response notAPageWrite = api.send(null, json("/api/contracts", Fixtures.contract(id).toString())
        .header("Cookie", cookie).header("X-XSRF-TOKEN", token));
    assertThat(notAPageWrite.status()).as("a write no SkillGate page makes needs Basic credentials").isEqualTo(401);
    assertThat(contracts.exists(id)).isFalse();

    Api.Response fromTheIntakePage = api.send(null, intake(id).header("Cookie", cookie).header("X-XSRF-TOKEN", token));
    assertThat(fromTheIntakePage.status()).as(fromTheIntakePage.body()).isEqualTo(201);
    assertThat(contracts.exists(id)).isTrue();
  }

  @Test
  void aVendorsSessionWithItsTokenStillCannotRegister() throws Exception {
    String cookie = tasklistLogin(TestSupport.VENDOR_A);
    String id = Fixtures.uniqueId("SV");
    Api.Response write = api.send(null, intake(id).header("Cookie", cookie).header("X-XSRF-TOKEN", sessionToken(cookie)));
    assertThat(write.status()).isEqualTo(403);
    assertThat(contracts.exists(id)).isFalse();
  }

  /** The intake page's request: the contract's terms as a multipart text field. */
  private HttpRequest.Builder intake(String id) {
    String boundary = "skillgate-" + java.util.UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"terms\"\r\n\r\n"
        + Fixtures.contract(id) + "\r\n--" + boundary + "--\r\n";
    return HttpRequest.newBuilder(api.uri("/api/contracts/intake"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * The session's CSRF token, as SkillGate's pages read it: a read of Camunda's API gives the session
   * one if it has none yet (the header then carries it, once), {@code /api/session} tells it again.
   */
  private String sessionToken(String cookie) throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/camunda/api/admin/auth/user/default"))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        api.uri("/api/session")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(me.statusCode()).isEqualTo(200);
    String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(me.body()).path("csrfToken").asText();
    assertThat(token).isNotBlank();
    return token;
  }

  @Test
  void theSessionEndpointTellsTheCallerOnlyAboutThemselves() throws Exception {
    Api.Response basic = api.get(TestSupport.VENDOR_A, "/api/session");
    assertThat(basic.status()).isEqualTo(200);
    assertThat(basic.json().path("userId").asText()).isEqualTo(TestSupport.VENDOR_A);
    assertThat(basic.json().path("groups").toString()).contains(Fixtures.VENDOR_A_GROUP);
    assertThat(basic.json().path("csrfToken").asText("")).as("no session, no token").isEmpty();
    Api.Response anonymous = api.get(null, "/api/session");
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().path("userId").asText("")).isEmpty();
    Api.Response crossSite = api.send(null, HttpRequest.newBuilder(api.uri("/api/session"))
        .header("Cookie", tasklistLogin(TestSupport.REVIEWER)).header("Origin", "https://evil.example"));
    assertThat(crossSite.status()).as("another site's page cannot ask for the token").isEqualTo(403);
  }

  @Test
  void healthDetailsAreForAdminsOnly() {
    for (String user : new String[] {null, TestSupport.VENDOR_A, TestSupport.REVIEWER}) {
      Api.Response health = api.get(user, "/actuator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("UP");
      assertThat(health.json().has("components")).as(String.valueOf(user)).isFalse();
    }
    Api.Response admin = api.get(TestSupport.ADMIN, "/actuator/health");
    assertThat(admin.json().path("components").path("diskSpace").path("details").has("path")).isTrue();
  }

  @Test
  void operationalEndpointsAndTheAdminApiAreForAdminsOnly() {
    for (String path : List.of("/actuator/info", "/actuator/prometheus", "/actuator", "/api/admin/deployments")) {
      for (String user : List.of(TestSupport.REVIEWER, TestSupport.VENDOR_A)) {
        Api.Response r = api.get(user, path);
        assertThat(r.status()).as(user + " " + path).isEqualTo(403);
        assertThat(r.json().path("message").asText()).isEqualTo(AdminOnly.MESSAGE);
      }
      assertThat(api.get(null, path).status()).as(path).isEqualTo(401);
    }
    assertThat(api.get(TestSupport.ADMIN, "/actuator/info").status()).isEqualTo(200);
  }

  @Test
  void clientOnlyOperationsNameTheSideThatMay() {
    Api.Response r = api.post(TestSupport.VENDOR_A, "/api/contracts", Fixtures.contract(Fixtures.uniqueId("VO")));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("message").asText()).isEqualTo(ClientOnly.MESSAGE);
  }

  @Test
  void bootCreatesNoDefaultUser() {
    assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
  }

  private HttpRequest.Builder json(String path, String body) {
    return HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** The Tasklist login as the browser does it: the page's session and CSRF token first. */
  private String tasklistLogin(String user) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0]).toList());
    String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11))
        .findFirst().orElse("");
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(
            api.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", String.join("; ", cookies))
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestSupport.passwordOf(user)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    login.headers().allValues("Set-Cookie").forEach(c -> {
      String pair = c.split(";", 2)[0];
      cookies.removeIf(old -> old.startsWith(pair.substring(0, pair.indexOf('=') + 1)));
      cookies.add(pair);
    });
    return String.join("; ", cookies);
  }
}
