package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evidence quota through the API, against the real tables (default quota: 20 files per member). */
@SkillGateTest
class EvidenceQuotaApiTest {

  @Autowired Api api;
  @Autowired EvidenceRepository evidence;

  @Test
  void uploadsStopAtTheMembersQuotaAndTheRefusedOneLeavesNothing() {
    String contractId = Fixtures.uniqueId("QTA");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
    for (int i = 1; i <= 20; i++) {
      Api.Response r = upload(contractId, "NW-A01", EvidenceUploadTest.PNG);
      assertThat(r.status()).as("upload " + i + ": " + r.body()).isEqualTo(201);
    }

    Api.Response refused = upload(contractId, "NW-A01", EvidenceUploadTest.PDF);

    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("evidence quota reached: a member may have at most 20 files, and member 'NW-A01' has 20");
    assertThat(evidence.ofMember(contractId, "NW-A01")).hasSize(20)
        .allSatisfy(f -> assertThat(f.contentType()).isEqualTo("image/png"));
    Api.Response listed = api.get(TestSupport.VENDOR_A, "/api/contracts/" + contractId + "/members/NW-A01/evidence");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().size()).isEqualTo(20);
    assertThat(api.get(TestSupport.VENDOR_B, "/api/contracts/" + contractId + "/members/NW-A01/evidence").status())
        .isEqualTo(404);
    // Another member of the same contract still has room.
    assertThat(upload(contractId, "NW-A02", EvidenceUploadTest.PDF).status()).isEqualTo(201);
  }

  private Api.Response upload(String contractId, String memberId, byte[] content) {
    String boundary = "----quota" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api.send(TestSupport.VENDOR_A, HttpRequest.newBuilder(
            api.uri("/api/contracts/" + contractId + "/members/" + memberId + "/evidence"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
