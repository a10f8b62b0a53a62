package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged app as someone without an account meets it: every door asks for a login. */
@Tag("security")
class AnonymousAttackTest {

  private final PackagedApp app = PackagedApp.get();

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task?maxResults=5", "/engine-rest/job?maxResults=5",
      "/engine-rest/engine/default/task?maxResults=5", "/api/contracts", "/api/notifications",
      "/camunda/api/engine/engine/default/task?maxResults=5", "/camunda/api/engine/engine/default/job?maxResults=5",
      "/actuator/prometheus"})
  void everyApiWantsALogin(String path) throws Exception {
    Caller.Reply reply = app.anonymous().get(path);

    assertThat(reply.status()).as(path + " " + reply.body()).isIn(401, 403);
    assertThat(reply.body()).doesNotContain("\"id\"");
  }
}
