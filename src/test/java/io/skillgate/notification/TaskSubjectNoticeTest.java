package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.Jobs;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.worklist.BusinessDays;
import io.skillgate.worklist.WorklistVariables;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 15 provisioning mails of a 15-member contract, as GreenMail receives them: each names its
 * member, no two read the same, and the due date carries its time zone.
 */
@SkillGateTest
class TaskSubjectNoticeTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Api api;
  @Autowired Jobs jobs;
  @Autowired TaskService tasks;
  @Autowired NoticeRepository notices;

  @Test
  void fifteenProvisioningMailsDifferInSubjectAndBodyAndNameTheirMember() throws Exception {
    String id = Fixtures.uniqueId("SUBJ");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    complete(id, "UserTask_ConfirmUpskillingPlan", Map.of("vendorComment", "agreed"));
    complete(id, "UserTask_ApproveUpskillingPlan", Map.of("planDecision", "approve"));
    jobs.executeAll();

    List<Task> provisioning = tasks.createTaskQuery().processVariableValueEquals("contractId", id)
        .taskName("Provision access and tools").list();
    assertThat(provisioning).hasSize(15);
    List<Notice> toVic = notices.search(id, null, "vic@northwind.example", null, 500).stream()
        .filter(n -> n.kind() == NoticeKind.TASK_CREATED && "Provision access and tools".equals(n.taskName())).toList();
    assertThat(toVic).hasSize(15);
    jobs.executeAll();
    List<MimeMessage> received = Mails.forNotices(mail, toVic);
    assertThat(received).hasSize(15);

    assertThat(received).extracting(TaskSubjectNoticeTest::subject).doesNotHaveDuplicates();
    assertThat(received).extracting(m -> Mails.part(m, "text/plain")).doesNotHaveDuplicates();
    assertThat(received).extracting(m -> Mails.part(m, "text/html")).doesNotHaveDuplicates();
    for (Task task : provisioning) {
      String member = (String) tasks.getVariableLocal(task.getId(), WorklistVariables.TASK_MEMBER);
      MimeMessage about = received.stream().filter(m -> Mails.part(m, "text/plain").contains(task.getId()))
          .findFirst().orElseThrow();
      assertThat(subject(about)).contains("Provision access and tools").contains(member);
      assertThat(Mails.part(about, "text/plain")).contains("Member:   " + member).contains(id);
      assertThat(Mails.part(about, "text/html")).contains(">Member</th><td>" + member);

      // "In 3 days" is three business days, at the end of the day, shown with its time zone.
      ZonedDateTime due = task.getDueDate().toInstant().atZone(ZoneId.systemDefault());
      assertThat(BusinessDays.isBusinessDay(due.toLocalDate())).isTrue();
      assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
      assertThat(Mails.part(about, "text/plain")).containsPattern("Due: +[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4}, 17:00 \\S+");
      assertThat(Mails.part(about, "text/plain")).contains(NoticeRecorder.DUE.format(due));
    }
  }

  private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
