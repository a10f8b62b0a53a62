package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evidence attached from the task, over HTTP as each role: the vendor's file becomes the item's
 * reference and the reviewer's form links to it; the file opens for the contract's
 * parties only; the upload page's session upload needs the webapps' CSRF token of that session.
 */
@SkillGateTest
class EvidenceFileFromTaskTest {

  static final String LEAD = "NW-L01";
  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired Api api;
  @Autowired OnboardingService onboarding;
  @Autowired OnboardingRepository onboardings;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  String id;
  OnboardingTestSteps steps;
  ProcessInstance pi;
  long itemId;

  @BeforeEach
  void startOnboarding() {
    steps = new OnboardingTestSteps(tasks, management, onboarding);
    id = Fixtures.uniqueId("EVF");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    pi = onboarding.start(id, LEAD, Fixtures.VENDOR_A_GROUP);
    steps.provisionAccess(pi.getId());
    itemId = onboardings.items(onboardings.findByMember(id, LEAD).orElseThrow().id()).get(3).id();
  }

  @Test
  void theVendorsFileIsTheItemsReferenceAndTheReviewerOpensItFromTheApproval() {
    Task evidence = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE);
    assertThat(OnboardingTestSteps.waitingItems(tasks, evidence.getId())).contains(itemId);

    Api.Response stored = attach(TestSupport.VENDOR_A, itemId, "manual-quiz.pdf", PDF, null);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    long fileId = stored.json().path("id").asLong();
    String link = "/api/contracts/" + id + "/evidence/" + fileId;
    assertThat(stored.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(link));

    // The upload page gives the file's link as the item's reference, then the other items follow.
    Api.Response recorded = api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members/" + LEAD + "/items/"
        + itemId + "/evidence", java.util.Map.of("date", java.time.LocalDate.now().toString(), "durationMinutes", 30,
        "with", "Harbor trainer", "reference", link));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    steps.recordAllEvidence(pi.getId());
    Task approval = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL);
    assertThat((String) tasks.getVariableLocal(approval.getId(), "learningPathSummary"))
        .contains("[file " + fileId + "](" + link + ")");

    Api.Response opened = api.get(TestSupport.REVIEWER, link);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.raw().body()).isEqualTo(PDF);
    assertThat(api.get(TestSupport.VENDOR_A, link).status()).isEqualTo(200);
    assertThat(api.get(TestSupport.VENDOR_B, link).status()).isEqualTo(404);
  }

  @Test
  void onlyTheContractsVendorAttachesAndOnlyToAnItemWaitingForEvidence() {
    assertThat(attach(TestSupport.VENDOR_B, itemId, "x.pdf", PDF, null).status()).isEqualTo(404);
    assertThat(attach(TestSupport.REVIEWER, itemId, "x.pdf", PDF, null).status()).isEqualTo(403);
    assertThat(attach(null, itemId, "x.pdf", PDF, null).status()).isEqualTo(401);
    Api.Response notAFile = attach(TestSupport.VENDOR_A, itemId, "x.txt", "hello".getBytes(StandardCharsets.UTF_8), null);
    assertThat(notAFile.status()).isEqualTo(400);
    assertThat(notAFile.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members/" + LEAD + "/evidence").json()).isEmpty();

    steps.recordAllEvidence(pi.getId());
    Api.Response late = attach(TestSupport.VENDOR_A, itemId, "x.pdf", PDF, null);
    assertThat(late.status()).as(late.body()).isEqualTo(409);
  }

  @Test
  void theUploadPagesSessionUploadNeedsThatSessionsCsrfToken() throws Exception {
    Session nora = tasklistLogin(TestSupport.VENDOR_A);
    assertThat(attach(null, itemId, "a.pdf", PDF, nora.withoutToken()).status()).isEqualTo(401);
    assertThat(attach(null, itemId, "a.pdf", PDF, nora.withToken("forged")).status()).isEqualTo(401);
    Session other = tasklistLogin(TestSupport.VENDOR_A);
    assertThat(attach(null, itemId, "a.pdf", PDF, nora.withToken(other.token())).status()).isEqualTo(401);
    assertThat(attach(null, itemId, "a.pdf", PDF, nora.from("https://evil.example")).status()).isEqualTo(403);
    // The session writes nothing else: a contract registration with it stays refused.
    Api.Response register = api.send(null, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .header("Content-Type", "application/json").header("Cookie", nora.cookies())
        .header("X-XSRF-TOKEN", nora.token())
        .POST(HttpRequest.BodyPublishers.ofString(Fixtures.contract(Fixtures.uniqueId("SES")).toString())));
    assertThat(register.status()).isEqualTo(401);
    assertThat(api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members/" + LEAD + "/evidence").json()).isEmpty();

    // Another vendor's session and token do not reach Northwind's member.
    Session olaf = tasklistLogin(TestSupport.VENDOR_B);
    assertThat(attach(null, itemId, "a.pdf", PDF, olaf).status()).isEqualTo(404);

    // The upload page reads the session's token from SkillGate; without a session there is none.
    Api.Response token = api.send(null, HttpRequest.newBuilder(api.uri("/api/session/csrf-token"))
        .header("Cookie", nora.cookies()).GET());
    assertThat(token.json().path("token").asText()).isEqualTo(nora.token());
    assertThat(api.get(null, "/api/session/csrf-token").status()).isEqualTo(401);

    Api.Response stored = attach(null, itemId, "a.pdf", PDF, nora);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().path("uploadedBy").asText()).isEqualTo(TestSupport.VENDOR_A);

    // The page records the item's evidence the same way: only with this session's token, only Northwind's.
    assertThat(record(nora.withoutToken()).status()).isEqualTo(401);
    assertThat(record(olaf).status()).isEqualTo(404);
    assertThat(onboardings.evidenceOfItem(itemId)).isEmpty();
    Api.Response recorded = record(nora);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(onboardings.evidenceOfItem(itemId)).singleElement()
        .satisfies(e -> assertThat(e.recordedBy()).isEqualTo(TestSupport.VENDOR_A));
  }

  private Api.Response record(Session session) {
    String body = "{\"date\":\"" + java.time.LocalDate.now() + "\",\"durationMinutes\":30,\"with\":\"Harbor trainer\","
        + "\"reference\":\"LMS 7\"}";
    HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/contracts/" + id + "/members/" + LEAD + "/items/"
            + itemId + "/evidence"))
        .header("Content-Type", "application/json").header("Cookie", session.cookies())
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session.token() != null) {
      request.header("X-XSRF-TOKEN", session.token());
    }
    return api.send(null, request);
  }

  private Api.Response attach(String user, long item, String fileName, byte[] content, Session session) {
    String boundary = "----skillgate" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/contracts/" + id + "/members/" + LEAD
            + "/items/" + item + "/files"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (session != null) {
      request.header("Cookie", session.cookies());
      if (session.token() != null) {
        request.header("X-XSRF-TOKEN", session.token());
      }
      if (session.origin() != null) {
        request.header("Origin", session.origin());
      }
    }
    return api.send(user, request);
  }

  /** A Tasklist session as the browser holds it, and the CSRF token Camunda issued to it. */
  record Session(String cookies, String token, String origin) {
    Session withoutToken() {
      return new Session(cookies, null, origin);
    }

    Session withToken(String other) {
      return new Session(cookies, other, origin);
    }

    Session from(String otherOrigin) {
      return new Session(cookies, token, otherOrigin);
    }
  }

  /** The Tasklist login as the browser does it, then a read of the webapps' API for the new session's token. */
  private Session tasklistLogin(String user) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> cookies = new ArrayList<>(page.headers().allValues("Set-Cookie").stream()
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
    merge(cookies, login);
    HttpResponse<String> me = http.send(HttpRequest.newBuilder(api.uri("/camunda/api/admin/auth/user/default"))
        .header("Cookie", String.join("; ", cookies)).build(), HttpResponse.BodyHandlers.ofString());
    merge(cookies, me);
    String sessionToken = me.headers().firstValue("X-XSRF-TOKEN").orElse(null);
    assertThat(sessionToken).as("the webapps hand out the session's CSRF token").isNotBlank();
    return new Session(String.join("; ", cookies), sessionToken, null);
  }

  private static void merge(List<String> cookies, HttpResponse<String> reply) {
    reply.headers().allValues("Set-Cookie").forEach(c -> {
      String pair = c.split(";", 2)[0];
      cookies.removeIf(old -> old.startsWith(pair.substring(0, pair.indexOf('=') + 1)));
      cookies.add(pair);
    });
  }
}
