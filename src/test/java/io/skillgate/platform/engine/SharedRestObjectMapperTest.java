package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TasklistSession;
import io.skillgate.support.TestSupport;
import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both engine APIs ({@code /engine-rest} and the webapps' API Tasklist calls) write their answers
 * with SkillGate's one shared mapper, and it reads and writes dates as Camunda's own mapper does.
 */
@SkillGateTest
class SharedRestObjectMapperTest {

  /** Camunda's REST date format, yyyy-MM-dd'T'HH:mm:ss.SSSZ. */
  static final String CAMUNDA_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}";

  @Autowired Api api;

  private final ObjectMapper shared = new SharedRestObjectMapper().getContext(TaskDto.class);

  @Test
  void everyLookupGetsTheSameMapperConfiguredAsCamundas() throws Exception {
    assertThat(new SharedRestObjectMapper().getContext(Object.class)).isSameAs(shared);
    assertThat(shared.writeValueAsString(new Date(0))).matches("\"" + CAMUNDA_DATE + "\"");
    assertThat(shared.readValue("{\"notAField\":1,\"name\":\"x\"}", TaskDto.class).getName())
        .as("unknown properties are ignored, as Camunda's mapper ignores them").isEqualTo("x");
  }

  @Test
  void engineRestAnswersThroughTheSharedMapperInCamundasDateFormat() {
    String contract = contractWithAnOpenTask();
    DefaultSerializerProvider writers = (DefaultSerializerProvider) shared.getSerializerProviderInstance();
    writers.flushCachedSerializers();

    Api.Response r = api.post(TestSupport.VENDOR_A, "/engine-rest/task?firstResult=0&maxResults=15", query(contract));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertDatesInCamundasFormat(r.json());
    assertThat(writers.cachedSerializersCount()).as("writers the shared mapper made for the answer").isPositive();
    Api.Response bad = api.post(TestSupport.VENDOR_A, "/engine-rest/task?firstResult=0&maxResults=15",
        "{\"dueBefore\":\"2030-01-01\"}");
    assertThat(bad.status()).as("a date not in Camunda's format: " + bad.body()).isEqualTo(400);
  }

  @Test
  void theWebappsEngineApiAnswersThroughTheSharedMapperInCamundasDateFormat() throws Exception {
    String contract = contractWithAnOpenTask();
    TasklistSession tasklist = TasklistSession.logIn(api, TestSupport.VENDOR_A);
    DefaultSerializerProvider writers = (DefaultSerializerProvider) shared.getSerializerProviderInstance();
    writers.flushCachedSerializers();

    HttpResponse<String> r = tasklist.post("/task?firstResult=0&maxResults=15", query(contract));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertDatesInCamundasFormat(shared.readTree(r.body()));
    assertThat(writers.cachedSerializersCount()).as("writers the shared mapper made for the answer").isPositive();
    HttpResponse<String> bad = tasklist.post("/task?firstResult=0&maxResults=15", "{\"dueBefore\":\"2030-01-01\"}");
    assertThat(bad.statusCode()).as("a date not in Camunda's format: " + bad.body()).isEqualTo(400);
  }

  private String contractWithAnOpenTask() {
    String id = Fixtures.uniqueId("MAP");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    return id;
  }

  /** The contract's tasks due before 2100, read with a date in Camunda's format. */
  private static String query(String contract) {
    return "{\"processInstanceBusinessKey\":\"" + contract + "\",\"dueBefore\":\"2100-01-01T00:00:00.000+0000\","
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
  }

  private static void assertDatesInCamundasFormat(JsonNode tasks) {
    assertThat(tasks).as("the contract's first task").isNotEmpty();
    for (JsonNode task : tasks) {
      assertThat(task.path("created").asText()).matches(CAMUNDA_DATE);
      assertThat(task.path("due").asText()).matches(CAMUNDA_DATE);
    }
  }
}
