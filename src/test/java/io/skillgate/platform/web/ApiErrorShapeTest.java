package io.skillgate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every /api error, whoever produces it (security filters, controllers, Spring MVC), has the documented body. */
@SkillGateTest
class ApiErrorShapeTest {

  @Autowired Api api;

  @Test
  void everyKindOfErrorAnswersStatusErrorMessageAndFieldErrors() {
    String id = Fixtures.uniqueId("SHP");
    Api.Response unsupported = api.send(TestSupport.REVIEWER, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
    Api.Response notAcceptable = api.send(TestSupport.REVIEWER, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .header("Accept", "application/xml").GET());
    Api.Response badJson = api.post(TestSupport.REVIEWER, "/api/contracts", "{not json");
    Api.Response invalid = api.post(TestSupport.REVIEWER, "/api/contracts", "{\"id\": \"" + id + "\"}");
    Api.Response unknownPath = api.get(TestSupport.REVIEWER, "/api/no-such-thing");
    Api.Response wrongMethod = api.send(TestSupport.REVIEWER, HttpRequest.newBuilder(api.uri("/api/contracts"))
        .DELETE());
    Api.Response anonymous = api.get(null, "/api/contracts");

    List<Object[]> cases = List.of(new Object[] {unsupported, 415, "Unsupported Media Type"},
        new Object[] {notAcceptable, 406, "Not Acceptable"}, new Object[] {badJson, 400, "Bad Request"},
        new Object[] {invalid, 400, "Bad Request"}, new Object[] {unknownPath, 404, "Not Found"},
        new Object[] {wrongMethod, 405, "Method Not Allowed"}, new Object[] {anonymous, 401, "Unauthorized"});
    for (Object[] c : cases) {
      Api.Response r = (Api.Response) c[0];
      assertThat(r.status()).as(r.body()).isEqualTo(c[1]);
      assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).as(r.body()).startsWith("application/json");
      JsonNode body = r.json();
      assertThat(body.path("status").asInt()).as(r.body()).isEqualTo(c[1]);
      assertThat(body.path("error").asText()).as(r.body()).isEqualTo(c[2]);
      assertThat(body.path("message").asText()).as(r.body()).isNotBlank();
      assertThat(body.path("fieldErrors").isArray()).as(r.body()).isTrue();
      assertThat(body.size()).as(r.body()).isEqualTo(4);
    }
    assertThat(unsupported.json().path("message").asText()).isEqualTo("send the body as application/json, not text/plain");
    assertThat(invalid.json().path("fieldErrors")).as(invalid.body()).isNotEmpty();
  }
}
