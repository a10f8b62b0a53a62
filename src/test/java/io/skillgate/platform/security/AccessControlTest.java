package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.http.HttpRequest;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Authentication on every API, and one vendor never sees another's contracts or tasks. */
@SkillGateTest
class AccessControlTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;

  String contractA;
  String contractB;

  @BeforeEach
  void twoVendorsContracts() {
    contractA = Fixtures.uniqueId("A");
    contractB = Fixtures.uniqueId("B");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(contractA)).status()).isEqualTo(201);
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.vendorBContract(contractB)).status()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/contracts", "/api/contracts/x", "/engine-rest/task", "/engine-rest/process-definition",
      "/engine-rest/deployment", "/engine-rest/history/task", "/dashboard"})
  void anonymousCallsAreRefused(String path) {
    assertThat(api.get(null, path).status()).isEqualTo(401);
  }

  @Test
  void aPersonOpeningTheDashboardIsSentToTheSignInPageWithTheWayBack() {
    Api.Response response = api.send(null, HttpRequest.newBuilder(api.uri("/dashboard?contract=HMI-NW-2027-01"))
        .header("Accept", "text/html"));
    assertThat(response.status()).isEqualTo(302);
    assertThat(response.raw().headers().firstValue("Location").orElseThrow())
        .endsWith("/dashboard/login.html?next=%2Fdashboard%3Fcontract%3DHMI-NW-2027-01");
    Api.Response page = api.send(null, HttpRequest.newBuilder(api.uri("/dashboard/login.html")).header("Accept", "text/html"));
    assertThat(page.status()).as("the sign-in page itself needs no login").isEqualTo(200);
    assertThat(page.body()).contains("type=\"password\"");
  }

  @Test
  void wrongPasswordIsRefused() {
    Api.Response response = api.send(null, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:wrong".getBytes())));
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void vendorListsOnlyItsOwnContracts() {
    List<String> ids = api.get(TestSupport.VENDOR_A, "/api/contracts").json().findValuesAsText("id");
    assertThat(ids).contains(contractA).doesNotContain(contractB);
    List<String> all = api.get(TestSupport.REVIEWER, "/api/contracts").json().findValuesAsText("id");
    assertThat(all).contains(contractA, contractB);
  }

  @Test
  void otherVendorsContractIsNotFound() {
    Api.Response response = api.get(TestSupport.VENDOR_B, "/api/contracts/" + contractA);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Northwind");
    assertThat(api.get(TestSupport.VENDOR_A, "/api/contracts/" + contractA).status()).isEqualTo(200);
  }

  @Test
  void vendorSeesAndCompletesOnlyItsOwnTasksThroughTheEngineApi() {
    String taskA = tasks.createTaskQuery().processInstanceBusinessKey(contractA).singleResult().getId();
    String taskB = tasks.createTaskQuery().processInstanceBusinessKey(contractB).singleResult().getId();

    JsonNode seenByB = api.get(TestSupport.VENDOR_B, "/engine-rest/task?maxResults=1000").json();
    assertThat(seenByB.findValuesAsText("id")).contains(taskB).doesNotContain(taskA);
    assertThat(api.get(TestSupport.VENDOR_B, "/engine-rest/task/" + taskA).status()).isIn(403, 404);
    assertThat(api.get(TestSupport.VENDOR_B, "/engine-rest/task/" + taskA + "/variables").status()).isIn(403, 404);
    Api.Response history = api.get(TestSupport.VENDOR_B, "/engine-rest/history/variable-instance?processInstanceId="
        + tasks.createTaskQuery().taskId(taskA).singleResult().getProcessInstanceId() + "&maxResults=100");
    // History outside a task is not among Tasklist's calls: the engine API allowlist refuses it.
    assertThat(history.status()).as(history.body()).isEqualTo(403);
    assertThat(history.body()).doesNotContain("\"value\"");

    Api.Response completeByB = api.post(TestSupport.VENDOR_B, "/engine-rest/task/" + taskA + "/complete", "{}");
    assertThat(completeByB.status()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(taskA).count()).isEqualTo(1);

    Api.Response completeByA = api.post(TestSupport.VENDOR_A, "/engine-rest/task/" + taskA + "/complete",
        "{\"variables\":{\"vendorComment\":{\"value\":\"ok\"}}}");
    assertThat(completeByA.status()).as(completeByA.body()).isEqualTo(204);
  }

  @Test
  void onlyAdminsMayDeploy() {
    long before = repository.createDeploymentQuery().count();
    String boundary = "----skillgate";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"Sneaky.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
    Api.Response response = api.send(TestSupport.REVIEWER, HttpRequest.newBuilder(api.uri("/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.status()).isEqualTo(403);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }
}
