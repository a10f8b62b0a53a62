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
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders before a task's due date (lead time from the contract) and escalation to reviewers when overdue. */
@SkillGateTest
class TaskDeadlineTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Api api;
  @Autowired Jobs jobs;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired NoticeRepository notices;

  @Test
  void theTeamIsRemindedLeadDaysBeforeTheDueDateAndReviewersAreToldWhenOverdue() {
    String id = register(3);
    Task task = openTask(id);
    long due = task.getDueDate().getTime();
    assertThat(management.createJobQuery().list()).filteredOn(j -> j.getDuedate() != null)
        .extracting(j -> j.getDuedate().getTime())
        .contains(due - TimeUnit.DAYS.toMillis(3), due);

    at(due - TimeUnit.DAYS.toMillis(3) - 60_000);
    jobs.executeAll();
    assertThat(kinds(id, NoticeKind.TASK_REMINDER)).isEmpty();

    at(due - TimeUnit.DAYS.toMillis(3) + 60_000);
    jobs.executeAll();
    assertThat(kinds(id, NoticeKind.TASK_REMINDER)).extracting(Notice::recipient)
        .containsExactlyInAnyOrder("vic@northwind.example", "training-lead@northwind.example");
    assertThat(kinds(id, NoticeKind.TASK_REMINDER)).allSatisfy(n -> assertThat(n.status()).isEqualTo(NoticeStatus.SENT));
    assertThat(kinds(id, NoticeKind.TASK_OVERDUE)).isEmpty();

    at(due + 60_000);
    jobs.executeAll();
    List<Notice> overdue = kinds(id, NoticeKind.TASK_OVERDUE);
    assertThat(overdue).extracting(Notice::recipient).containsExactly("tess@client.example");
    assertThat(overdue.get(0).vendorGroup()).isNull();
    assertThat(Mails.forNotices(mail, overdue)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("Overdue: Confirm upskilling plan"));
  }

  @Test
  void aTaskCreatedInsideTheLeadTimeIsRemindedHalfwayToItsDueDate() {
    String id = register(60);
    Task task = openTask(id);
    long due = task.getDueDate().getTime();
    long created = task.getCreateTime().getTime();
    long halfway = created + (due - created) / 2;
    assertThat(due - created).as("the task is due within the 60 days' lead time").isLessThan(TimeUnit.DAYS.toMillis(60));
    assertThat(management.createJobQuery().list()).filteredOn(j -> j.getDuedate() != null)
        .extracting(j -> j.getDuedate().getTime()).contains(due);

    at(halfway - 60_000);
    jobs.executeAll();
    assertThat(kinds(id, NoticeKind.TASK_REMINDER)).isEmpty();

    at(halfway + 60_000);
    jobs.executeAll();
    assertThat(kinds(id, NoticeKind.TASK_REMINDER)).extracting(Notice::recipient)
        .containsExactlyInAnyOrder("vic@northwind.example", "training-lead@northwind.example");
  }

  @Test
  void aTaskDueWithinADayGetsNoReminderButIsStillEscalated() {
    String id = register(null);
    Task task = openTask(id);
    long due = ProcessHelpers.now().toEpochMilli() + TimeUnit.HOURS.toMillis(12);
    task.setDueDate(new Date(due));
    tasks.saveTask(task);

    at(due + 60_000);
    jobs.executeAll();
    assertThat(notices.search(id, null, null, null, 500)).filteredOn(n -> n.taskId().equals(task.getId()))
        .extracting(Notice::kind).contains(NoticeKind.TASK_OVERDUE).doesNotContain(NoticeKind.TASK_REMINDER);
  }

  @Test
  void aCompletedTaskHasNoReminderOrEscalation() {
    String id = register(null);
    Task task = openTask(id);
    long due = task.getDueDate().getTime();
    tasks.complete(task.getId(), Map.of("vendorComment", "done early"));

    at(due + 60_000);
    jobs.executeAll();

    assertThat(notices.search(id, null, null, null, 500)).filteredOn(n -> n.taskId().equals(task.getId()))
        .extracting(Notice::kind).containsOnly(NoticeKind.TASK_CREATED);
  }

  @Test
  void aNewDueDateMovesTheEscalation() {
    String id = register(null);
    Task task = openTask(id);
    long oldDue = task.getDueDate().getTime();
    long newDue = oldDue + TimeUnit.DAYS.toMillis(10);
    task.setDueDate(new Date(newDue));
    tasks.saveTask(task);

    at(oldDue + 60_000);
    jobs.executeAll();
    assertThat(kinds(id, NoticeKind.TASK_OVERDUE)).isEmpty();

    at(newDue + 60_000);
    jobs.executeAll();
    assertThat(kinds(id, NoticeKind.TASK_OVERDUE)).extracting(Notice::recipient).containsExactly("tess@client.example");
    // the default lead time (2 days) before the new due date
    assertThat(kinds(id, NoticeKind.TASK_REMINDER)).isNotEmpty();
  }

  private String register(Integer reminderLeadDays) {
    String id = Fixtures.uniqueId("DUE");
    var contract = Fixtures.contract(id);
    if (reminderLeadDays != null) {
      contract.put("reminderLeadDays", reminderLeadDays);
    }
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", contract).status()).isEqualTo(201);
    return id;
  }

  private Task openTask(String contractId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(contractId).singleResult();
  }

  private List<Notice> kinds(String contractId, NoticeKind kind) {
    return notices.search(contractId, null, null, null, 500).stream().filter(n -> n.kind() == kind).toList();
  }

  private static void at(long millis) {
    ProcessHelpers.clockAt(java.time.Instant.ofEpochMilli(millis));
  }
}
