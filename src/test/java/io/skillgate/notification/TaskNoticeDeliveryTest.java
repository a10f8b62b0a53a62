package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.Jobs;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Notices for user tasks, delivered to GreenMail: exactly once, whatever SMTP does. */
@SkillGateTest
class TaskNoticeDeliveryTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Api api;
  @Autowired Jobs jobs;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired NoticeRepository notices;
  @Autowired NoticeDelivery delivery;
  @Value("${skillgate.tasklist-url}") String tasklistUrl;

  String contractId;

  @BeforeEach
  void registerContract() {
    contractId = Fixtures.uniqueId("NTC");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
  }

  @AfterEach
  void reset() {
    delivery.afterSent(null);
  }

  @Test
  void oneMailPerRecipientOfANewTaskWithALinkToThatTask() {
    Task confirm = openTask();
    List<Notice> recorded = notices(NoticeStatus.PENDING);
    // vic is the only user of vendor-northwind here; the vendor's contact address comes from the contract.
    assertThat(recorded).extracting(Notice::recipient)
        .containsExactlyInAnyOrder("vic@northwind.example", "training-lead@northwind.example");
    assertThat(recorded).allSatisfy(n -> {
      assertThat(n.kind()).isEqualTo(NoticeKind.TASK_CREATED);
      assertThat(n.taskId()).isEqualTo(confirm.getId());
      assertThat(n.vendorGroup()).isEqualTo(Fixtures.VENDOR_A_GROUP);
    });

    jobs.executeAll();

    List<MimeMessage> received = Mails.forNotices(mail, recorded);
    assertThat(received).extracting(Mails::to)
        .containsExactlyInAnyOrder("vic@northwind.example", "training-lead@northwind.example");
    assertThat(received).allSatisfy(m -> {
      assertThat(Mails.part(m, "text/plain")).contains(tasklistUrl + "#/?task=" + confirm.getId())
          .contains("Confirm upskilling plan").contains(contractId);
      assertThat(Mails.part(m, "text/html")).contains("href=\"" + tasklistUrl + "#/?task&#x3D;" + confirm.getId() + "\"");
    });
    assertThat(notices(null)).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
      assertThat(n.attempts()).isEqualTo(1);
      assertThat(n.sentAt()).isNotNull();
    });
  }

  @Test
  void theNextTaskNoticesTheReviewersAndAnAssignmentOnlyTheAssignee() {
    tasks.complete(openTask().getId(), Map.of("vendorComment", "ok"));
    Task review = openTask();
    assertThat(notices(null)).filteredOn(n -> n.taskId().equals(review.getId()))
        .extracting(Notice::recipient, Notice::vendorGroup)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tess@client.example", null));

    tasks.setAssignee(review.getId(), TestSupport.REVIEWER);
    tasks.setAssignee(review.getId(), null);
    tasks.setAssignee(review.getId(), TestSupport.REVIEWER);

    assertThat(notices(null)).filteredOn(n -> n.kind() == NoticeKind.TASK_ASSIGNED)
        .extracting(Notice::recipient).containsExactly("tess@client.example", "tess@client.example");
  }

  @Test
  void aTaskCompletesWhileSmtpIsDownAndEveryNoticeIsDeliveredOnceItIsBack() {
    mail.stop();
    tasks.complete(openTask().getId(), Map.of("vendorComment", "sent while the mail server is down"));
    assertThat(openTask().getName()).isEqualTo("Approve upskilling plan");

    Jobs.Run down = jobs.executeAll();
    assertThat(down.failures()).isNotEmpty();
    assertThat(notices(null)).hasSize(3).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
      assertThat(n.attempts()).isEqualTo(1);
      assertThat(n.lastError()).isNotBlank();
    });
    // The backoff holds the retries back: nothing is due again yet.
    jobs.executeAll();
    assertThat(notices(null)).allSatisfy(n -> assertThat(n.attempts()).isEqualTo(1));

    mail.start();
    later(2);
    jobs.executeAll();
    later(600);
    jobs.executeAll();

    List<Notice> all = notices(null);
    assertThat(all).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
      assertThat(n.attempts()).isEqualTo(2);
    });
    assertThat(Mails.forNotices(mail, all)).hasSize(3).extracting(Mails::noticeId).doesNotHaveDuplicates();
  }

  @Test
  void aFailureAfterTheSendCausesNoSecondMail() {
    delivery.afterSent(() -> {
      throw new IllegalStateException("injected: node lost after the SMTP server took the mail");
    });
    Jobs.Run run = jobs.executeAll();
    assertThat(run.failures()).isNotEmpty();

    delivery.afterSent(null);
    later(2);
    jobs.executeAll();
    later(600);
    jobs.executeAll();

    List<Notice> all = notices(null);
    assertThat(all).hasSize(2).allSatisfy(n -> assertThat(n.status()).isEqualTo(NoticeStatus.SENT));
    assertThat(Mails.forNotices(mail, all)).hasSize(2).extracting(Mails::noticeId).doesNotHaveDuplicates();
  }

  @Test
  void afterTheLastRetryANoticeIsFailedWithItsErrorUntilAnAdminResendsIt() {
    mail.stop();
    for (int i = 0; i < 8; i++) {
      jobs.executeAll();
      later(300 * (i + 1));
    }
    List<Notice> failed = notices(NoticeStatus.FAILED);
    assertThat(failed).hasSize(2).allSatisfy(n -> {
      // the first attempt and one retry per wait of the retry cycle (5 by default)
      assertThat(n.attempts()).isEqualTo(6);
      assertThat(n.lastError()).contains("Connection refused");
    });
    assertThat(management.createJobQuery().noRetriesLeft().list())
        .anySatisfy(job -> assertThat(job.getExceptionMessage()).isNotBlank());

    mail.start();
    Notice one = failed.get(0);
    assertThat(api.post(TestSupport.VENDOR_A, "/api/notifications/" + one.id() + "/resend", "").status()).isEqualTo(403);
    assertThat(api.post(TestSupport.VENDOR_B, "/api/notifications/" + one.id() + "/resend", "").status()).isEqualTo(404);
    Api.Response resent = api.post(TestSupport.ADMIN, "/api/notifications/" + one.id() + "/resend", "");
    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.json().get("status").asText()).isEqualTo("PENDING");
    jobs.executeAll();

    assertThat(notices.find(one.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
    assertThat(Mails.forNotices(mail, notices(null))).hasSize(1);
    assertThat(api.post(TestSupport.ADMIN, "/api/notifications/" + one.id() + "/resend", "").status()).isEqualTo(409);
  }

  @Test
  void contractDataCannotInjectHeadersOrMarkup() {
    String evilId = Fixtures.uniqueId("EVIL");
    var contract = Fixtures.contract(evilId);
    contract.put("title", "Claims\r\nBcc: attacker@evil.example\r\n\r\n<script>alert(1)</script><b>bold</b>");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", contract).status()).isEqualTo(201);
    contractId = evilId;

    jobs.executeAll();

    List<Notice> recorded = notices(null);
    List<MimeMessage> received = Mails.forNotices(mail, recorded);
    assertThat(received).hasSize(2);
    assertThat(Mails.forNotices(mail, recorded)).allSatisfy(m -> {
      assertThat(m.getHeader("Bcc")).isNull();
      assertThat(m.getAllRecipients()).hasSize(1);
      assertThat(m.getSubject()).doesNotContain("\r").doesNotContain("\n").contains("Bcc: attacker@evil.example");
      String html = Mails.part(m, "text/html");
      assertThat(html).doesNotContain("<script>").doesNotContain("<b>bold")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold");
    });
    assertThat(mail.getReceivedMessagesForDomain("evil.example")).isEmpty();
  }

  private Task openTask() {
    return tasks.createTaskQuery().processInstanceBusinessKey(contractId).singleResult();
  }

  private List<Notice> notices(NoticeStatus status) {
    return notices.search(contractId, status, null, null, 500);
  }

  /** Moves the engine's clock (due dates of jobs) some minutes ahead of now. */
  private static void later(int minutes) {
    ProcessHelpers.clockAt(java.time.Instant.now().plus(java.time.Duration.ofMinutes(minutes)));
  }
}
