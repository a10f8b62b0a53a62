package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/notifications}: filters, validation and vendor isolation; and the health details. */
@SkillGateTest
class NoticeApiTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Api api;

  String northwind;
  String oakfield;

  @BeforeEach
  void registerContracts() {
    northwind = Fixtures.uniqueId("NAPI");
    oakfield = Fixtures.uniqueId("NAPI-B");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(northwind)).status()).isEqualTo(201);
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.vendorBContract(oakfield)).status()).isEqualTo(201);
  }

  @Test
  void adminsFilterByContractStatusAndRecipient() {
    JsonNode all = ok(TestSupport.ADMIN, "/api/notifications?contract=" + northwind);
    assertThat(field(all, "recipient")).containsExactlyInAnyOrder("vic@northwind.example", "training-lead@northwind.example");
    assertThat(field(all, "status")).containsOnly("PENDING");
    assertThat(field(all, "kind")).containsOnly("TASK_CREATED");
    assertThat(all.get(0).get("attempts").asInt()).isZero();

    assertThat(field(ok(TestSupport.ADMIN, "/api/notifications?contract=" + northwind + "&recipient=VIC@northwind.example"),
        "recipient")).containsExactly("vic@northwind.example");
    assertThat(ok(TestSupport.ADMIN, "/api/notifications?contract=" + northwind + "&status=sent")).isEmpty();
    assertThat(ok(TestSupport.REVIEWER, "/api/notifications?contract=" + oakfield)).isNotEmpty();
  }

  @Test
  void aVendorSeesOnlyItsOwnNotices() {
    assertThat(field(ok(TestSupport.VENDOR_A, "/api/notifications"), "vendorGroup")).containsOnly(Fixtures.VENDOR_A_GROUP);
    assertThat(field(ok(TestSupport.VENDOR_B, "/api/notifications"), "vendorGroup")).containsOnly(Fixtures.VENDOR_B_GROUP)
        .isNotEmpty();
    assertThat(ok(TestSupport.VENDOR_A, "/api/notifications?contract=" + northwind)).hasSize(2);

    assertThat(api.get(TestSupport.VENDOR_B, "/api/notifications?contract=" + northwind).status()).isEqualTo(404);
    String northwindNotice = ok(TestSupport.ADMIN, "/api/notifications?contract=" + northwind).get(0).get("id").asText();
    assertThat(api.get(TestSupport.VENDOR_B, "/api/notifications/" + northwindNotice).status()).isEqualTo(404);
    assertThat(api.get(TestSupport.VENDOR_A, "/api/notifications/" + northwindNotice).status()).isEqualTo(200);
    assertThat(api.get(null, "/api/notifications").status()).isEqualTo(401);
  }

  @Test
  void badFiltersAreRefusedWithTheField() {
    Api.Response bad = api.get(TestSupport.ADMIN, "/api/notifications?status=LOST");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("status");
    Api.Response limit = api.get(TestSupport.ADMIN, "/api/notifications?limit=100000");
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.body()).contains("limit");
  }

  @Test
  void healthStaysUpWhenSmtpIsDownAndSaysSo() {
    JsonNode anonymous = api.get(null, "/actuator/health").json();
    assertThat(anonymous.get("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).as("details are for admins only").isFalse();

    JsonNode up = api.get(TestSupport.ADMIN, "/actuator/health").json();
    assertThat(up.get("status").asText()).isEqualTo("UP");
    assertThat(up.at("/components/notices/details/smtpConfigured").asBoolean()).isTrue();
    assertThat(up.at("/components/notices/details/smtpReachable").asBoolean()).isTrue();

    mail.stop();
    JsonNode down = api.get(TestSupport.ADMIN, "/actuator/health").json();
    assertThat(down.get("status").asText()).isEqualTo("UP");
    assertThat(down.at("/components/notices/status").asText()).isEqualTo("UP");
    assertThat(down.at("/components/notices/details/smtpReachable").asBoolean()).isFalse();
    assertThat(down.at("/components/notices/details/pending").asLong()).isPositive();
  }

  private JsonNode ok(String user, String path) {
    Api.Response r = api.get(user, path);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.path(name).isNull() ? null : n.path(name).asText()));
    return values;
  }
}
