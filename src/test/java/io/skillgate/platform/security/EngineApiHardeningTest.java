package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.http.HttpRequest;
import java.util.Base64;
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
  void repeatedWrongPasswordsThrottleTheLogin() {
    String user = "throttled-" + Fixtures.uniqueId("u").substring(2);
    User u = identity.newUser(user);
    u.setPassword("right-password");
    identity.saveUser(u);

    assertThat(basic(user, "wrong")).isEqualTo(401);
    // Within the engine's login delay even the right password is refused.
    assertThat(basic(user, "right-password")).isEqualTo(401);
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

  private int basic(String user, String password) {
    return api.send(null, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes())))
        .status();
  }
}
