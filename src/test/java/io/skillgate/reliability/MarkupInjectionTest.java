package io.skillgate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text typed by contract parties is data, never markup or mail headers: HTML comes back as the
 * same JSON string (served as JSON, never as a page), and a line break that would start a new
 * mail header is refused where addresses and names go into mail headers.
 */
@SkillGateTest
class MarkupInjectionTest {

  private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  @Autowired Api api;

  @Test
  void htmlInNamesIsStoredAndReturnedAsPlainJsonText() {
    String id = Fixtures.uniqueId("markup");
    ObjectNode c = Fixtures.contract(id);
    c.put("title", "Harbor " + SCRIPT);
    ((ObjectNode) c.get("client")).put("name", "Harbor \" onmouseover=\"alert(1)");
    ((ObjectNode) c.get("members").get(0)).put("name", "Ann " + SCRIPT);

    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", c).status()).isEqualTo(201);

    Api.Response read = api.get(TestSupport.REVIEWER, "/api/contracts/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode terms = read.json().get("terms");
    assertThat(terms.get("title").asText()).isEqualTo("Harbor " + SCRIPT);
    assertThat(terms.get("client").get("name").asText()).isEqualTo("Harbor \" onmouseover=\"alert(1)");
    assertThat(terms.get("members").get(0).get("name").asText()).isEqualTo("Ann " + SCRIPT);
  }

  @Test
  void lineBreaksInMailAddressesAreRefusedAndNothingIsStored() {
    String id = Fixtures.uniqueId("crlf");
    ObjectNode c = Fixtures.contract(id);
    ((ObjectNode) c.get("members").get(2)).put("email", "ann@northwind.example\r\nBcc: everyone@evil.example");
    ((ObjectNode) c.get("vendor")).put("contactEmail", "ops@northwind.example\nBcc: everyone@evil.example");

    Api.Response refused = api.post(TestSupport.REVIEWER, "/api/contracts", c);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("fieldErrors").findValuesAsText("field"))
        .contains("members[2].email", "vendor.contactEmail");
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + id).status()).isEqualTo(404);
  }

  @Test
  void lineBreaksInNamesAreRefusedAndNothingIsStored() {
    String id = Fixtures.uniqueId("crlf-name");
    ObjectNode c = Fixtures.contract(id);
    ((ObjectNode) c.get("members").get(1)).put("name", "Bob\r\nBcc: everyone@evil.example");
    ((ObjectNode) c.get("vendor")).put("name", "Northwind\nX-Injected: yes");

    Api.Response refused = api.post(TestSupport.REVIEWER, "/api/contracts", c);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("fieldErrors").findValuesAsText("field"))
        .contains("members[1].name", "vendor.name");
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + id).status()).isEqualTo(404);
  }
}
