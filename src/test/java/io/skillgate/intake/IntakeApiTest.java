package io.skillgate.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.ContractVariables;
import io.skillgate.platform.security.ClientOnly;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake page's API over HTTP, as each side: terms as JSON or YAML, the roster as CSV, every
 * problem named at its field (path and line; row and column), only the client registers and only
 * the vendor staffs the team; nothing is stored on any error.
 */
@SkillGateTest
class IntakeApiTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @Autowired Api api;
  @Autowired ContractRepository contracts;
  @Autowired RuntimeService runtime;

  @Test
  void aReviewerRegistersYamlTermsWithARosterCsv() throws Exception {
    String id = Fixtures.uniqueId("YML");
    ObjectNode terms = Fixtures.contract(id);
    String roster = csv((ArrayNode) terms.remove("members"));

    Api.Response created = intake(TestSupport.REVIEWER, "", YAML.writeValueAsString(terms), roster);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("stage").asText()).isEqualTo("PLAN_CONFIRMATION");
    assertThat(contracts.members(id)).hasSize(15);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(ContractVariables.PROCESS_KEY).count()).isEqualTo(1);
  }

  @Test
  void jsonTermsWithTheirOwnMembersRegisterToo() {
    String id = Fixtures.uniqueId("JSN");
    Api.Response created = intake(TestSupport.ADMIN, "", Fixtures.contract(id).toPrettyString(), null);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(contracts.members(id)).hasSize(15);
  }

  @Test
  void aCheckSaysWhatWouldBeRegisteredAndStoresNothing() throws Exception {
    String id = Fixtures.uniqueId("CHK");
    ObjectNode terms = Fixtures.contract(id);
    String roster = csv((ArrayNode) terms.remove("members"));

    Api.Response checked = intake(TestSupport.REVIEWER, "?check=true", YAML.writeValueAsString(terms), roster);

    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    assertThat(checked.json().path("id").asText()).isEqualTo(id);
    assertThat(checked.json().path("members").asInt()).isEqualTo(15);
    assertThat(checked.json().path("phases").toString()).contains("Transition", "Pilot");
    assertThat(contracts.exists(id)).isFalse();
  }

  @Test
  void termsErrorsNameTheFieldAndItsLine() throws Exception {
    String id = Fixtures.uniqueId("BAD");
    ObjectNode terms = Fixtures.contract(id);
    ((ObjectNode) terms.get("phases").get(2)).put("startDate", "2030-01-01");
    ((ObjectNode) terms.get("members").get(3)).put("email", "not-an-email");
    String yaml = YAML.writeValueAsString(terms);

    Api.Response refused = intake(TestSupport.REVIEWER, "", yaml, null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(errors(refused)).contains(
        "members[3].email: must be a well-formed email address (line " + lineOf(yaml, "not-an-email") + ")");
    assertThat(contracts.exists(id)).isFalse();

    // Cross-field rules run once the field rules hold, as on POST /api/contracts.
    ((ObjectNode) terms.get("members").get(3)).put("email", "dev@northwind.example");
    yaml = YAML.writeValueAsString(terms);
    Api.Response rules = intake(TestSupport.REVIEWER, "", yaml, null);
    assertThat(errors(rules)).contains(
        "phases[2].startDate: must lie within the contract's dates (line " + lineOf(yaml, "2030-01-01") + ")");
    assertThat(contracts.exists(id)).isFalse();
  }

  @Test
  void unreadableTermsSayWhereAndWhat() {
    Api.Response unknown = intake(TestSupport.REVIEWER, "", "id: X-1\nsurprise: true\n", null);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(errors(unknown)).containsExactly("surprise: unknown field (line 2)");

    Api.Response broken = intake(TestSupport.REVIEWER, "", "{\"id\": \"X-2\",\n \"title\": }", null);
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().at("/fieldErrors/0/field").asText()).isEqualTo("terms");
    assertThat(broken.json().at("/fieldErrors/0/message").asText()).startsWith("line 2: not valid JSON");

    Api.Response empty = intake(TestSupport.REVIEWER, "", "  ", null);
    assertThat(errors(empty)).containsExactly("terms: paste or upload the contract terms (JSON or YAML)");
  }

  @Test
  void rosterErrorsNameTheRowAndColumn() throws Exception {
    String id = Fixtures.uniqueId("ROW");
    ObjectNode terms = Fixtures.contract(id);
    ArrayNode members = (ArrayNode) terms.remove("members");
    ((ObjectNode) members.get(1)).put("email", "nobody");
    ((ObjectNode) members.get(3)).put("role", "pilot");
    ((ObjectNode) members.get(4)).put("id", members.get(0).get("id").asText());

    Api.Response refused = intake(TestSupport.REVIEWER, "", YAML.writeValueAsString(terms), csv(members));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(errors(refused)).containsExactlyInAnyOrder(
        "roster row 3, column email: must be a well-formed email address");
    ((ObjectNode) members.get(1)).put("email", "ben@northwind.example");
    Api.Response rules = intake(TestSupport.REVIEWER, "", YAML.writeValueAsString(terms), csv(members));
    assertThat(errors(rules)).contains("roster row 5, column role: unknown role 'pilot'",
        "roster row 6, column id: duplicate member id '" + members.get(0).get("id").asText() + "'");

    Api.Response columns = intake(TestSupport.REVIEWER, "", YAML.writeValueAsString(terms),
        "id,name,mail,role\nx,X,x@y.example,claims-agent\n");
    assertThat(errors(columns)).containsExactlyInAnyOrder(
        "roster column mail: unknown column; the columns are id, name, email, role, buddy",
        "roster column email: missing column");

    Api.Response twice = intake(TestSupport.REVIEWER, "", Fixtures.contract(id).toString(), csv(members));
    assertThat(twice.json().at("/fieldErrors/0/field").asText()).isEqualTo("members");
    assertThat(contracts.exists(id)).isFalse();
  }

  @Test
  void vendorsCannotRegisterContracts() throws Exception {
    String id = Fixtures.uniqueId("VND");
    for (String query : List.of("", "?check=true")) {
      Api.Response refused = intake(TestSupport.VENDOR_A, query, Fixtures.contract(id).toString(), null);
      assertThat(refused.status()).as(query).isEqualTo(403);
      assertThat(refused.json().path("message").asText()).isEqualTo(ClientOnly.MESSAGE);
    }
    assertThat(contracts.exists(id)).isFalse();
    assertThat(intake(null, "", Fixtures.contract(id).toString(), null).status()).isEqualTo(401);
  }

  @Test
  void theVendorAddsMembersByRosterCsvAllOrNone() {
    String id = Fixtures.uniqueId("ADD");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    String joiners = "id,name,email,role,buddy\nNW-N01,Nina New,nina@northwind.example,claims-agent,\n"
        + "NW-N02,Nils New,nils@northwind.example,team-lead,Harbor lead\n";

    assertThat(roster(TestSupport.REVIEWER, id, joiners).status()).as("the client does not staff the team").isEqualTo(403);
    assertThat(roster(TestSupport.VENDOR_B, id, joiners).status()).as("another vendor's contract").isEqualTo(404);
    String existing = contracts.members(id).get(0).memberId();
    Api.Response refused = roster(TestSupport.VENDOR_A, id, joiners
        + existing + ",Again,again@northwind.example,claims-agent,\nNW-N01,Twice,twice@northwind.example,claims-agent,\n");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(errors(refused)).containsExactlyInAnyOrder(
        "roster row 4, column id: member '" + existing + "' already belongs to the contract",
        "roster row 5, column id: id 'NW-N01' is on row 2 too");
    assertThat(contracts.members(id)).as("nothing joined").hasSize(15);

    Api.Response added = roster(TestSupport.VENDOR_A, id, joiners);

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().size()).isEqualTo(2);
    assertThat(contracts.members(id)).hasSize(17);
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + id).json().path("history").toString())
        .contains("NW-N01 (claims-agent) joined", "NW-N02 (team-lead) joined");
  }

  @Test
  void theIntakeTakesMultipartOnly() {
    Api.Response r = api.post(TestSupport.REVIEWER, "/api/contracts/intake", Fixtures.contract("X-3"));
    assertThat(r.status()).isEqualTo(415);
  }

  private Api.Response intake(String user, String query, String terms, String roster) {
    Multipart body = new Multipart().field("terms", terms);
    if (roster != null) {
      body.file("roster", "team.csv", roster);
    }
    return api.send(user, body.post(api.uri("/api/contracts/intake" + query)));
  }

  private Api.Response roster(String user, String contractId, String csv) {
    return api.send(user, new Multipart().file("roster", "team.csv", csv)
        .post(api.uri("/api/contracts/" + contractId + "/roster")));
  }

  private static List<String> errors(Api.Response response) {
    List<String> errors = new ArrayList<>();
    for (JsonNode e : response.json().path("fieldErrors")) {
      errors.add(e.path("field").asText() + ": " + e.path("message").asText());
    }
    return errors;
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  private static String csv(ArrayNode members) {
    StringBuilder csv = new StringBuilder("id,name,email,role,buddy\n");
    for (JsonNode m : members) {
      csv.append(String.join(",", m.path("id").asText(), quoted(m.path("name").asText()), m.path("email").asText(),
          m.path("role").asText(), quoted(m.path("buddy").asText("")))).append('\n');
    }
    return csv.toString();
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** A multipart/form-data body as a browser's FormData sends it. */
  static final class Multipart {
    private final String boundary = "skillgate-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
      return this;
    }

    Multipart file(String name, String filename, String content) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
          + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n");
      return this;
    }

    HttpRequest.Builder post(java.net.URI uri) {
      write("--" + boundary + "--\r\n");
      return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private void write(String s) {
      body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
