package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Filling the shared disk with evidence uploads (50 files of 4.9 MB were accepted in 19 s): the
 * defaults stop a member at 20 files or 50 MB and a user at 30 uploads in 10 minutes, and a refused
 * upload leaves no row behind.
 */
@Tag("security")
class EvidenceQuotaAttackTest {

  private static final String NORTHWIND = "HMI-NW-2027-01";
  private static final String OAKFIELD = "HMI-OAK-2027-02";
  private static final byte[] SMALL_PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final PackagedApp app = PackagedApp.get();

  @Test
  void aMembersFilesStopAtTwenty() throws Exception {
    Caller nora = app.as(PackagedApp.VENDOR_A);
    int accepted = 0;
    Caller.Reply refused = null;
    for (int i = 0; i < 30 && refused == null; i++) {
      Caller.Reply r = upload(nora, NORTHWIND, "NW-A01", SMALL_PDF);
      if (r.status() == 201) {
        accepted++;
      } else {
        refused = r;
      }
    }

    assertThat(refused).isNotNull();
    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("evidence quota reached: a member may have at most 20 files, and member 'NW-A01' has 20");
    assertThat(accepted).isEqualTo(20);
    assertThat(rows(NORTHWIND, "NW-A01")).isEqualTo(20);
  }

  @Test
  void aMembersBytesStopAtFiftyMegabytes() throws Exception {
    Caller admin = app.as(PackagedApp.ADMIN);
    byte[] big = Arrays.copyOf(SMALL_PDF, 4_900_000);
    int accepted = 0;
    Caller.Reply refused = null;
    for (int i = 0; i < 15 && refused == null; i++) {
      Caller.Reply r = upload(admin, NORTHWIND, "NW-A02", big);
      if (r.status() == 201) {
        accepted++;
      } else {
        refused = r;
      }
    }

    assertThat(refused).isNotNull();
    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.json().get("message").asText()).isEqualTo("evidence quota reached: a member's files may take at "
        + "most 50 MB; member 'NW-A02' has 46.7 MB and this file is 4.7 MB");
    assertThat(accepted).isEqualTo(10);
    assertThat(rows(NORTHWIND, "NW-A02")).isEqualTo(10);
  }

  @Test
  void aUserUploadingFastIsStoppedAtTheRate() throws Exception {
    Caller oscar = app.as(PackagedApp.VENDOR_B);
    int accepted = 0;
    Caller.Reply refused = null;
    for (int i = 0; i < 40 && refused == null; i++) {
      // Spread over two members so that the member quota (20) is not what stops the upload.
      Caller.Reply r = upload(oscar, OAKFIELD, i % 2 == 0 ? "OAK-1" : "OAK-2", SMALL_PDF);
      if (r.status() == 201) {
        accepted++;
      } else {
        refused = r;
      }
    }

    assertThat(refused).isNotNull();
    assertThat(refused.status()).as(refused.body()).isEqualTo(429);
    assertThat(refused.json().get("message").asText())
        .startsWith("upload rate limit reached: at most 30 evidence uploads per user within 10 min; try again in ");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(accepted).isBetween(30, 31); // one may have been refilled during the run (one every 20 s)
    assertThat(rows(OAKFIELD, "OAK-1") + rows(OAKFIELD, "OAK-2")).isEqualTo(accepted);
  }

  private int rows(String contractId, String memberId) throws Exception {
    Caller.Reply listed = app.as(PackagedApp.ADMIN).get("/api/contracts/" + contractId + "/members/" + memberId + "/evidence");
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    return listed.json().size();
  }

  private static Caller.Reply upload(Caller caller, String contractId, String memberId, byte[] content) throws Exception {
    String boundary = "----attack" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return caller.send(caller.request("/api/contracts/" + contractId + "/members/" + memberId + "/evidence")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
