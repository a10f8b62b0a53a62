package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 1: code run on the server through an expression in a task query. Every
 * expression field of Camunda's TaskQueryDto, at the top and nested in an or-query, through
 * {@code /engine-rest} (list and count) and through Tasklist's own API with the session cookie,
 * and in the query that extends a stored filter. The payload would create a file; the proof is
 * that the file does not exist afterwards, and that the answer is the guard's 400 naming the field.
 */
@Tag("security")
class QueryExpressionAttackTest {

  /** Every {@code *Expression} property of TaskQueryDto in Camunda 7.24.0. */
  static final List<String> EXPRESSION_FIELDS = List.of("assigneeExpression", "assigneeLikeExpression",
      "ownerExpression", "candidateUserExpression", "involvedUserExpression", "candidateGroupExpression",
      "candidateGroupsExpression", "processInstanceBusinessKeyExpression", "processInstanceBusinessKeyLikeExpression",
      "createdOnExpression", "createdBeforeExpression", "createdAfterExpression", "updatedAfterExpression",
      "dueDateExpression", "dueBeforeExpression", "dueAfterExpression", "followUpDateExpression",
      "followUpBeforeExpression", "followUpBeforeOrNotExistentExpression", "followUpAfterExpression");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PackagedApp app = PackagedApp.get();

  static Stream<Arguments> fieldsAndNesting() {
    return EXPRESSION_FIELDS.stream().flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
  }

  @ParameterizedTest(name = "{0} nested={1}")
  @MethodSource("fieldsAndNesting")
  void anExpressionInAnyTaskQueryFieldRunsNothing(String field, boolean nested) throws Exception {
    Caller vendor = app.as(PackagedApp.VENDOR_A);
    Caller session = app.session(PackagedApp.VENDOR_A);
    String expected = nested ? "orQueries[0]." + field : field;

    for (String path : List.of("/engine-rest/task?maxResults=5", "/engine-rest/task/count",
        "/engine-rest/engine/default/task?maxResults=5")) {
      Path file = marker();
      assertRefused(vendor.post(path, query(field, file, nested)), expected, path);
      assertThat(file).as(path).doesNotExist();
    }
    for (String path : List.of("/camunda/api/engine/engine/default/task?maxResults=5",
        "/camunda/api/engine/engine/default/task/count")) {
      Path file = marker();
      assertRefused(session.post(path, query(field, file, nested)), expected, path);
      assertThat(file).as(path).doesNotExist();
    }
  }

  @Test
  void anExpressionInTheQueryThatExtendsAFilterRunsNothing() throws Exception {
    Caller vendor = app.as(PackagedApp.VENDOR_A);
    Caller session = app.session(PackagedApp.VENDOR_A);
    Caller.Reply filters = vendor.get("/engine-rest/filter?resourceType=Task&maxResults=50");
    assertThat(filters.status()).as(filters.toString()).isEqualTo(200);
    assertThat(filters.json().size()).isGreaterThan(0);
    for (var filter : filters.json()) {
      String id = filter.get("id").asText();
      for (boolean nested : List.of(false, true)) {
        String expected = nested ? "orQueries[0].dueAfterExpression" : "dueAfterExpression";
        for (String path : List.of("/engine-rest/filter/" + id + "/list?maxResults=5", "/engine-rest/filter/" + id + "/count")) {
          Path file = marker();
          assertRefused(vendor.post(path, query("dueAfterExpression", file, nested)), expected, path);
          assertThat(file).doesNotExist();
        }
        for (String path : List.of("/camunda/api/engine/engine/default/filter/" + id + "/list?maxResults=5",
            "/camunda/api/engine/engine/default/filter/" + id + "/count")) {
          Path file = marker();
          assertRefused(session.post(path, query("assigneeExpression", file, nested)),
              nested ? "orQueries[0].assigneeExpression" : "assigneeExpression", path);
          assertThat(file).doesNotExist();
        }
      }
      // The seeded filters themselves (${currentUser()} and the like) still run.
      assertThat(vendor.get("/engine-rest/filter/" + id + "/count").status()).isEqualTo(200);
      assertThat(session.post("/camunda/api/engine/engine/default/filter/" + id + "/list?firstResult=0&maxResults=15",
          "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}").status()).isEqualTo(200);
    }
  }

  @Test
  void evenAnAdminCannotStoreAFilterThatRunsCode() throws Exception {
    Caller admin = app.as(PackagedApp.ADMIN);
    Path file = marker();
    String name = "evil-" + UUID.randomUUID();
    ObjectNode filter = JSON.createObjectNode().put("resourceType", "Task").put("name", name);
    filter.set("query", JSON.readTree(query("followUpAfterExpression", file, true)));

    Caller.Reply reply = admin.post("/engine-rest/filter/create", filter.toString());

    assertRefused(reply, "orQueries[0].followUpAfterExpression", "filter/create");
    assertThat(admin.get("/engine-rest/filter/count?name=" + name).json().get("count").asInt()).isZero();
    assertThat(file).doesNotExist();
  }

  @Test
  void theRefusalIsLoggedWithTheUser() throws Exception {
    Path file = marker();
    app.as(PackagedApp.VENDOR_B).post("/engine-rest/task/count", query("candidateGroupExpression", file, true));

    assertThat(app.log()).contains("refused a query expression from user " + PackagedApp.VENDOR_B);
  }

  private static void assertRefused(Caller.Reply reply, String field, String path) {
    assertThat(reply.status()).as(path + " " + reply).isEqualTo(400);
    assertThat(reply.body()).as(path).contains("refused: " + field).doesNotContain("maxResults");
  }

  private Path marker() {
    return app.dataDir().resolve("rce-" + UUID.randomUUID());
  }

  /** A task query whose expression, if evaluated, runs {@code touch} on a fresh file. */
  static String query(String field, Path file, boolean nested) {
    String expression = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
        + ".exec('touch " + file.toAbsolutePath() + "')}";
    ObjectNode inner = JSON.createObjectNode().put(field, expression);
    if (!nested) {
      return inner.toString();
    }
    ObjectNode outer = JSON.createObjectNode();
    outer.putArray("orQueries").add(inner);
    return outer.toString();
  }

}
