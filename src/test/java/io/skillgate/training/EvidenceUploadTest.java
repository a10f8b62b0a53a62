package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /api/contracts/{id}/members/{memberId}/evidence}: types by content, size, vendor isolation. */
@SkillGateTest
class EvidenceUploadTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @Autowired Api api;

  String contractId;

  @BeforeEach
  void registerContract() {
    contractId = Fixtures.uniqueId("EVD");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
  }

  @Test
  void theVendorUploadsAPdfWhichIsStoredWithItsHashAndCanBeReadBack() {
    Api.Response r = upload(TestSupport.VENDOR_A, "NW-A01", "certificate.pdf", "application/pdf", PDF);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(r.json().get("sizeBytes").asLong()).isEqualTo(PDF.length);
    assertThat(r.json().get("sha256").asText()).isEqualTo(EvidenceFiles.sha256(PDF));
    String path = "/api/contracts/" + contractId + "/evidence/" + r.json().get("id").asLong();

    Api.Response read = api.get(TestSupport.REVIEWER, path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.raw().body()).isEqualTo(PDF);
    assertThat(read.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(api.get(TestSupport.VENDOR_B, path).status()).as("another vendor").isEqualTo(404);
  }

  @Test
  void theTypeIsJudgedByContentNotByNameOrDeclaredType() {
    Api.Response disguised = upload(TestSupport.VENDOR_A, "NW-A01", "certificate.pdf", "application/pdf",
        "MZ this is an executable".getBytes(StandardCharsets.US_ASCII));
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(disguised.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("file");

    Api.Response png = upload(TestSupport.VENDOR_A, "NW-A01", "photo.bin", "application/octet-stream", PNG);
    assertThat(png.status()).isEqualTo(201);
    assertThat(png.json().get("contentType").asText()).isEqualTo("image/png");
  }

  @Test
  void anEmptyOrMissingFileIsRefused() {
    assertThat(upload(TestSupport.VENDOR_A, "NW-A01", "empty.pdf", "application/pdf", new byte[0]).status())
        .isEqualTo(400);
  }

  @Test
  void anOversizedFileGetsACleanPayloadTooLarge() {
    byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
    Api.Response r = upload(TestSupport.VENDOR_A, "NW-A01", "big.pdf", "application/pdf", big);
    assertThat(r.status()).as(r.toString()).isEqualTo(413);
    assertThat(r.json().get("status").asInt()).isEqualTo(413);
  }

  @Test
  void anotherVendorsContractOrAnUnknownMemberIs404() {
    assertThat(upload(TestSupport.VENDOR_B, "NW-A01", "c.pdf", "application/pdf", PDF).status()).isEqualTo(404);
    assertThat(upload(TestSupport.VENDOR_A, "NOBODY", "c.pdf", "application/pdf", PDF).status()).isEqualTo(404);
    assertThat(upload(null, "NW-A01", "c.pdf", "application/pdf", PDF).status()).isEqualTo(401);
  }

  private Api.Response upload(String user, String memberId, String fileName, String contentType, byte[] content) {
    String boundary = "----skillgate" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api.send(user, HttpRequest.newBuilder(api.uri("/api/contracts/" + contractId + "/members/" + memberId
            + "/evidence"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
