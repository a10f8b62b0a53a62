package io.skillgate.platform.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.engineapi.EngineApiAllowlist.Role;
import io.skillgate.platform.engineapi.EngineApiRequest.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allowlist's logic, without a server; the packaged app is attacked in EngineApiAllowlistAttackTest. */
class EngineApiAllowlistTest {

  static final String TASK = "/task/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002";
  static final String DEFINITION = "/process-definition/ContractProgrammeProcess:3:0b7d8f5e-5a1b-11ef-9a2b-0242ac120002";

  @Test
  void theThreeAddressesOfAnEngineResourceAreOne() {
    for (String path : List.of("/engine-rest/job", "/engine-rest/engine/default/job", "/camunda/api/engine/engine/default/job")) {
      EngineApiRequest request = EngineApiRequest.of(path, path);
      assertThat(request.api()).as(path).isEqualTo(Api.ENGINE);
      assertThat(request.path()).as(path).isEqualTo("/job");
    }
    assertThat(EngineApiRequest.of("/camunda/api/engine/engine/", "/camunda/api/engine/engine/").api()).isEqualTo(Api.ENGINES);
    assertThat(EngineApiRequest.of("/engine-rest/engine/other/task", "/engine-rest/engine/other/task").api())
        .isEqualTo(Api.UNKNOWN);
  }

  @Test
  void aRawUriThatDiffersFromTheServletPathIsNotCanonical() {
    assertThat(EngineApiRequest.of("/engine-rest/task", "/engine-rest//task").canonical()).isFalse();
    assertThat(EngineApiRequest.of("/engine-rest/task", "/engine-rest/task;x=y").canonical()).isFalse();
    assertThat(EngineApiRequest.of("/engine-rest/task", "/engine-rest/task").canonical()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /job", "GET /job/count", "DELETE /job/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002",
      "GET /job-definition", "GET /process-definition/statistics", "GET /process-definition/count/../statistics",
      "GET /incident", "GET /deployment", "POST /deployment/create", "GET /batch", "POST /history/cleanup",
      "GET /metrics", "GET /telemetry/data", "GET /external-task", "POST /migration/execute",
      "POST /process-instance/x/modification", "POST /user/create", "POST /group/create", "DELETE /user/rita",
      "PUT /user/rita/profile", "PUT /user/rita/credentials", "GET /user/rita/profile",
      "POST /authorization/create", "PUT /task/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002/variables/x",
      "POST /task/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002/variables", "HEAD /task", "OPTIONS /task",
      "GET /TASK", "GET /task/", "POST /task/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002/identity-links",
      "POST /task/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002/assignee", "GET /process-instance", "GET /execution",
      "GET /variable-instance", "GET /history/variable-instance", "GET /history/process-instance",
      "POST /message", "POST /signal", "POST /process-definition/key/X/start", "GET /filter/statistics"})
  void aVendorIsRefused(String call) {
    String[] parts = call.split(" ", 2);
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", parts[0],
        EngineApiRequest.of("/engine-rest" + parts[1], "/engine-rest" + parts[1]), name -> null)).as(call).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST /filter/0b7d8f5e-5a1b-11ef-9a2b-0242ac120002/list", "GET /filter",
      "POST " + TASK + "/submit-form", "POST " + TASK + "/claim", "GET " + TASK + "/deployed-form",
      "GET " + TASK + "/form-variables", "GET " + DEFINITION + "/xml", "POST " + TASK + "/comment/create",
      "GET /user/nora/profile", "PUT /user/nora/credentials"})
  void aVendorMayDoItsTaskWork(String call) {
    String[] parts = call.split(" ", 2);
    for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default", "/camunda/api/engine/engine/default")) {
      EngineApiRequest request = EngineApiRequest.of(prefix + parts[1], prefix + parts[1]);
      assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", parts[0], request, name -> null)).as(prefix + call).isTrue();
    }
  }

  @Test
  void groupsOfAUserOnlyForThemselves() {
    EngineApiRequest groups = EngineApiRequest.of("/engine-rest/identity/groups", "/engine-rest/identity/groups");
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", groups, Map.of("userId", "nora")::get)).isTrue();
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", groups, Map.of("userId", "oscar")::get)).isFalse();
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", groups, name -> null)).isFalse();
    EngineApiRequest groupList = EngineApiRequest.of("/engine-rest/group", "/engine-rest/group");
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", groupList, Map.of("member", "nora")::get)).isTrue();
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", groupList, Map.of("member", "oscar")::get)).isFalse();
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", groupList, name -> null)).isFalse();
  }

  @Test
  void theWebappsLoginIsOpenAndTheirOtherApisAreForAdmins() {
    EngineApiRequest login = EngineApiRequest.of("/camunda/api/admin/auth/user/default/login/tasklist",
        "/camunda/api/admin/auth/user/default/login/tasklist");
    assertThat(EngineApiAllowlist.open("POST", login)).isTrue();
    EngineApiRequest cockpit = EngineApiRequest.of("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    assertThat(EngineApiAllowlist.allows(Role.REVIEWER, "rita", "GET", cockpit, name -> null)).isFalse();
    assertThat(EngineApiAllowlist.allows(Role.ADMIN, "admin", "GET", cockpit, name -> null)).isTrue();
    EngineApiRequest users = EngineApiRequest.of("/camunda/api/admin/plugin/adminPlugins/default/users",
        "/camunda/api/admin/plugin/adminPlugins/default/users");
    assertThat(EngineApiAllowlist.allows(Role.VENDOR, "nora", "GET", users, name -> null)).isFalse();
  }

  @Test
  void everyWebappsPluginCodeIsOpenForItsLoginPageButNotItsData() {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      String path = "/camunda/api/" + app + "/plugin/" + app + "-plugins/static/app/plugin.js";
      assertThat(EngineApiAllowlist.open("GET", EngineApiRequest.of(path, path))).as(path).isTrue();
      assertThat(EngineApiAllowlist.open("POST", EngineApiRequest.of(path, path))).as(path).isFalse();
    }
    String data = "/camunda/api/cockpit/plugin/base/default/process-instance";
    assertThat(EngineApiAllowlist.open("GET", EngineApiRequest.of(data, data))).isFalse();
  }

  @Test
  void rolesComeFromGroups() {
    assertThat(role(List.of("camunda-admin", "reviewers"))).isEqualTo(Role.ADMIN);
    assertThat(role(List.of("reviewers"))).isEqualTo(Role.REVIEWER);
    assertThat(role(List.of("vendor-oakfield"))).isEqualTo(Role.VENDOR);
    assertThat(role(List.of())).isEqualTo(Role.MEMBER);
  }

  private static Role role(List<String> groups) {
    return EngineApiAllowlist.roleOf(groups, "camunda-admin", "reviewers", "vendor-");
  }
}
