package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SkillGate's own pages and API attacked from a browser and from the demo's accounts: framing,
 * cross-site writes riding on a browser's cached Basic credentials, writes riding on the
 * Tasklist session cookie, health details, and the admins' paths. Each attack checks what did
 * not happen by reading it back as the admin.
 */
@Tag("security")
class WebAttackTest {

  private static final String NORTHWIND_CONTRACT = "HMI-NW-2027-01";
  private static final String EVIL = "https://evil.example";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PackagedApp app = PackagedApp.get();

  @Test
  void theDashboardCannotBeFramedAndCarriesAStrictPolicy() throws Exception {
    for (Caller.Reply page : List.of(
        app.as(PackagedApp.REVIEWER).send(app.as(PackagedApp.REVIEWER).request("/dashboard").header("Accept", "text/html")),
        app.as(PackagedApp.VENDOR_A).get("/dashboard/dashboard.js"),
        app.as(PackagedApp.VENDOR_A).get("/api/contracts"))) {
      assertThat(page.status()).isEqualTo(200);
      String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'", "script-src 'self'")
          .doesNotContain("unsafe-inline", "unsafe-eval", "*");
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void anonymousHealthSaysOnlyUpOrDown() throws Exception {
    Caller.Reply anonymous = app.anonymous().get("/actuator/health");

    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().get("status").asText()).isEqualTo("UP");
    assertThat(anonymous.json().size()).as(anonymous.body()).isEqualTo(1);
    assertThat(anonymous.body()).doesNotContain(app.dataDir().getFileName().toString(), "path", "pending", "threshold");

    for (String user : List.of(PackagedApp.REVIEWER, PackagedApp.VENDOR_A)) {
      Caller.Reply notAdmin = app.as(user).get("/actuator/health");
      assertThat(notAdmin.json().size()).as(user + " " + notAdmin.body()).isEqualTo(1);
    }

    JsonNode admin = app.as(PackagedApp.ADMIN).get("/actuator/health").json();
    assertThat(admin.at("/components/diskSpace/details/path").asText()).isNotBlank();
    assertThat(admin.at("/components/notices").isMissingNode()).as(admin.toString()).isFalse();
  }

  /** A page on another site posts a form to /api while the browser holds the reviewer's Basic credentials. */
  @Test
  void aCrossSiteFormPostCreatesNoContract() throws Exception {
    Caller rita = app.as(PackagedApp.REVIEWER);
    String id = "XSITE-" + UUID.randomUUID().toString().substring(0, 8);

    Caller.Reply form = rita.send(rita.request("/api/contracts").header("Origin", EVIL)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("id=" + id + "&title=forged")));
    assertThat(form.status()).isEqualTo(403);
    assertThat(form.json().path("message").asText()).contains("another site");

    // The same form from a browser that sends no Origin (or a proxy that strips it): the type is refused.
    Caller.Reply noOrigin = rita.send(rita.request("/api/contracts")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("id=" + id + "&title=forged")));
    assertThat(noOrigin.status()).isEqualTo(415);
    assertThat(noOrigin.json().path("message").asText()).contains("application/json");

    // A JSON body that would be a valid contract, sent as text/plain (a "simple" cross-site fetch).
    Caller.Reply plain = rita.send(rita.request("/api/contracts").header("Origin", EVIL)
        .header("Content-Type", "text/plain;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(validContract(id))));
    assertThat(plain.status()).isEqualTo(403);

    assertThat(app.as(PackagedApp.ADMIN).get("/api/contracts/" + id).status()).isEqualTo(404);
    // The body was valid: sent as JSON from SkillGate itself, it is accepted (so the refusals above were the checks).
    Caller.Reply real = rita.send(rita.request("/api/contracts").header("Content-Type", "application/json")
        .header("Origin", app.uri("").toString().replaceAll("/$", ""))
        .POST(HttpRequest.BodyPublishers.ofString(validContract(id))));
    assertThat(real.status()).as(real.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x"})
  void aTerminationSentAsAnotherTypeDoesNotTerminate(String type) throws Exception {
    Caller rita = app.as(PackagedApp.REVIEWER);
    String body = "{\"reason\":\"forged\",\"effectiveDate\":\"2027-06-01\"}";

    Caller.Reply sameSite = rita.send(rita.request("/api/contracts/" + NORTHWIND_CONTRACT + "/termination")
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
    Caller.Reply crossSite = rita.send(rita.request("/api/contracts/" + NORTHWIND_CONTRACT + "/termination")
        .header("Origin", EVIL).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(sameSite.status()).as(sameSite.body()).isEqualTo(415);
    assertThat(sameSite.json().path("message").asText()).contains("application/json");
    assertThat(crossSite.status()).as(crossSite.body()).isEqualTo(403);
    assertNotTerminated();
  }

  /**
   * An operation that takes no body (start the contract's evaluation) posted by another site's
   * page as a "simple" request: a form or a text/plain fetch, with the reviewer's cached Basic
   * credentials. Before the Origin and content-type checks this started the evaluation (202).
   */
  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
  void aCrossSiteSimpleRequestStartsNoEvaluation(String type) throws Exception {
    Caller rita = app.as(PackagedApp.REVIEWER);
    String path = "/api/contracts/" + NORTHWIND_CONTRACT + "/evaluation";

    Caller.Reply crossSite = rita.send(rita.request(path).header("Origin", EVIL).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString("x=1")));
    Caller.Reply noOrigin = rita.send(rita.request(path).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString("x=1")));

    assertThat(crossSite.status()).as(crossSite.body()).isEqualTo(403);
    assertThat(noOrigin.status()).as(noOrigin.body()).isEqualTo(415);
    assertThat(noOrigin.json().path("message").asText()).contains("application/json");
    assertThat(app.as(PackagedApp.ADMIN).get(path).json().path("started").asBoolean()).as("evaluation started").isFalse();
  }

  /** Tasklist's session cookie goes with any request the browser makes: it may read, never write. */
  @Test
  void theTasklistSessionCannotTerminateOrRegister() throws Exception {
    Caller session = app.session(PackagedApp.REVIEWER);
    assertThat(session.get("/api/contracts").status()).isEqualTo(200);

    Caller.Reply terminate = session.post("/api/contracts/" + NORTHWIND_CONTRACT + "/termination",
        "{\"reason\":\"forged\",\"effectiveDate\":\"2027-06-01\"}");
    assertThat(terminate.status()).isEqualTo(401);
    String id = "SESS-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(session.post("/api/contracts", validContract(id)).status()).isEqualTo(401);

    assertNotTerminated();
    assertThat(app.as(PackagedApp.ADMIN).get("/api/contracts/" + id).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {PackagedApp.REVIEWER, PackagedApp.VENDOR_A, PackagedApp.VENDOR_B})
  void reviewersAndVendorsAreRefusedOnTheAdminPaths(String user) throws Exception {
    Caller caller = app.as(user);
    for (String path : List.of("/api/admin/deployments", "/api/admin/processes/ContractProgrammeProcess/versions",
        "/actuator/prometheus", "/actuator/info", "/actuator")) {
      Caller.Reply reply = caller.get(path);
      assertThat(reply.status()).as(user + " " + path).isEqualTo(403);
      assertThat(reply.json().path("message").asText()).isEqualTo(AdminOnly.MESSAGE);
    }
    String versionsBefore = app.as(PackagedApp.ADMIN).get("/api/admin/processes/ContractProgrammeProcess/versions").body();
    Caller.Reply migrate = caller.send(caller.request("/api/admin/processes/ContractProgrammeProcess/migrations?dryRun=false")
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(migrate.status()).isEqualTo(403);
    assertThat(app.as(PackagedApp.ADMIN).get("/api/admin/processes/ContractProgrammeProcess/versions").body())
        .isEqualTo(versionsBefore);
  }

  @Test
  void aVendorCannotRegisterOrTerminateContracts() throws Exception {
    Caller nora = app.as(PackagedApp.VENDOR_A);
    String id = "VEND-" + UUID.randomUUID().toString().substring(0, 8);

    Caller.Reply register = nora.post("/api/contracts", validContract(id));
    assertThat(register.status()).isEqualTo(403);
    assertThat(register.json().path("message").asText()).isEqualTo(ClientOnly.MESSAGE);
    Caller.Reply terminate = nora.post("/api/contracts/" + NORTHWIND_CONTRACT + "/termination",
        "{\"reason\":\"we quit\",\"effectiveDate\":\"2027-06-01\"}");
    assertThat(terminate.status()).isEqualTo(403);
    // The other vendor does not even learn that the contract exists.
    assertThat(app.as(PackagedApp.VENDOR_B).post("/api/contracts/" + NORTHWIND_CONTRACT + "/termination",
        "{\"reason\":\"x\",\"effectiveDate\":\"2027-06-01\"}").status()).isEqualTo(404);

    assertThat(app.as(PackagedApp.ADMIN).get("/api/contracts/" + id).status()).isEqualTo(404);
    assertNotTerminated();
  }

  @Test
  void onlyAnAdminResendsANotice() throws Exception {
    JsonNode notices = app.as(PackagedApp.VENDOR_A).get("/api/notifications?limit=5").json();
    assertThat(notices.size()).as("the demo's Northwind notices").isPositive();
    String id = notices.get(0).path("id").asText();
    String before = app.as(PackagedApp.ADMIN).get("/api/notifications/" + id).json().path("status").asText();

    Caller nora = app.as(PackagedApp.VENDOR_A);
    Caller.Reply own = nora.send(nora.request("/api/notifications/" + id + "/resend").POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().path("message").asText()).isEqualTo(AdminOnly.MESSAGE);
    Caller oscar = app.as(PackagedApp.VENDOR_B);
    assertThat(oscar.send(oscar.request("/api/notifications/" + id + "/resend").POST(HttpRequest.BodyPublishers.noBody()))
        .status()).as("another vendor's notice is not even found").isEqualTo(404);

    assertThat(app.as(PackagedApp.ADMIN).get("/api/notifications/" + id).json().path("status").asText()).isEqualTo(before);
  }

  @Test
  void bootsGeneratedPasswordDoesNotExist() throws Exception {
    assertThat(app.log()).doesNotContain("Using generated security password");
  }

  private void assertNotTerminated() throws Exception {
    JsonNode contract = app.as(PackagedApp.ADMIN).get("/api/contracts/" + NORTHWIND_CONTRACT).json();
    assertThat(contract.at("/contract/stage").asText()).isNotIn("EXIT_HANDOVER", "CLOSED");
    assertThat(contract.path("history").toString()).doesNotContain("TERMINATED");
  }

  /** The demo's Northwind contract under a new id: valid, so only the checks can refuse it. */
  private static String validContract(String id) throws Exception {
    ObjectNode contract = (ObjectNode) JSON.readTree(
        Files.readString(Path.of("src/main/resources/demo/harbor-northwind.json")));
    contract.put("id", id);
    return contract.toString();
  }
}
