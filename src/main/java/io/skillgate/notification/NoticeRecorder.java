package io.skillgate.notification;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.ContractVariables;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.worklist.WorklistVariables;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records the notices of one task event, inside the engine transaction of that event: one row per
 * recipient, rendered now (the mail shows the task as it was), plus one delivery job per row.
 * If the transaction rolls back, neither the notices nor their jobs exist.
 */
@Component
public class NoticeRecorder {

  /** Process variables a feature may set to name the current contract phase in notices. */
  static final List<String> PHASE_VARIABLES = List.of("phaseName", "phase");
  /** What a task that came back says about why: the model maps the reviewer's reason to this task variable. */
  static final String RETURNED_BECAUSE = "returnedBecause";
  /** "Fri 4 Dec 2026, 17:00 CET": a reader in another time zone knows which 17:00 is meant. */
  static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

  private final NoticeRepository notices;
  private final Contracts contracts;
  private final NoticeTemplates templates;
  private final NoticeSettings settings;
  private final SmtpServer smtp;
  private final String tasklistUrl;

  public NoticeRecorder(NoticeRepository notices, Contracts contracts, NoticeTemplates templates,
      NoticeSettings settings, SmtpServer smtp,
      @Value("${skillgate.tasklist-url}") String tasklistUrl) {
    this.notices = notices;
    this.contracts = contracts;
    this.templates = templates;
    this.settings = settings;
    this.smtp = smtp;
    this.tasklistUrl = tasklistUrl;
  }

  /**
   * Records the notices of a task event that cannot have been recorded before (its id is new: a
   * task just created, an assignment with its own random id); returns how many.
   */
  public int record(DelegateTask task, NoticeKind kind, String eventId) {
    Optional<ContractSummary> contract = contractId(task).flatMap(contracts::find);
    List<TaskRecipients.Recipient> recipients = TaskRecipients.of(task, kind, contract.orElse(null));
    if (recipients.isEmpty()) {
      return 0;
    }
    NoticeTemplates.Rendered mail = templates.render(kind, values(task, contract));
    boolean smtp = this.smtp.configured();
    for (TaskRecipients.Recipient r : recipients) {
      String id = UUID.randomUUID().toString();
      notices.insert(id, eventId, kind, r.email(), r.vendorGroup(), contract.map(ContractSummary::id).orElse(null),
          task.getId(), task.getName(), task.getProcessInstanceId(), mail, smtp ? NoticeStatus.PENDING : NoticeStatus.HELD);
      if (smtp) {
        NoticeJobs.deliver(id);
      }
    }
    return recipients.size();
  }

  /** Records the notices of an event that may have been recorded already (a deadline scheduled twice). */
  public int recordOnce(DelegateTask task, NoticeKind kind, String eventId) {
    return notices.eventRecorded(eventId) ? 0 : record(task, kind, eventId);
  }

  /**
   * Schedules the reminder (see {@link ReminderSchedule}) and the overdue escalation of a task just
   * created. Its id is new, so no deadline of it exists yet and none is looked up.
   */
  public void scheduleFirstDeadlines(DelegateTask task) {
    deadlines(task).forEach(NoticeJobs::deadline);
  }

  /**
   * Schedules the deadlines again when a task is updated: a new due date gets new deadlines, the
   * old ones do nothing, and those of an unchanged due date exist already and are left as they are.
   */
  public void scheduleDeadlines(DelegateTask task) {
    deadlines(task).forEach(NoticeJobs::deadlineOnce);
  }

  /** The reminder (see {@link ReminderSchedule}) and the overdue escalation of the task's due date. */
  private List<TaskDeadline> deadlines(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      return List.of();
    }
    int leadDays = contractId(task).flatMap(contracts::findTerms).map(Contract::reminderLeadDays)
        .orElse(settings.reminderLeadDays());
    List<TaskDeadline> deadlines = new ArrayList<>(2);
    ReminderSchedule.remindAt(EngineClock.now(), due.toInstant(), leadDays).ifPresent(at ->
        deadlines.add(new TaskDeadline(NoticeKind.TASK_REMINDER, task.getId(), due.getTime(), Date.from(at))));
    deadlines.add(new TaskDeadline(NoticeKind.TASK_OVERDUE, task.getId(), due.getTime(), due));
    return deadlines;
  }

  private Map<String, Object> values(DelegateTask task, Optional<ContractSummary> contract) {
    Map<String, Object> v = new HashMap<>();
    v.put("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
    v.put("taskId", task.getId());
    v.put("link", tasklistUrl + "#/?task=" + URLEncoder.encode(task.getId(), StandardCharsets.UTF_8));
    v.put("dueDate", task.getDueDate() == null ? "no due date"
        : DUE.format(task.getDueDate().toInstant().atZone(EngineClock.ZONE)));
    v.put("contractId", contract.map(ContractSummary::id).orElse(""));
    v.put("contractTitle", contract.map(c -> c.title() == null ? c.id() : c.title()).orElse("no contract"));
    v.put("clientName", contract.map(ContractSummary::clientName).orElse(""));
    v.put("vendorName", contract.map(ContractSummary::vendorName).orElse(""));
    v.put("phase", phase(task, contract));
    Object returned = task.getVariable(RETURNED_BECAUSE);
    if (returned != null && !returned.toString().isBlank()) {
      v.put("returnReason", returned.toString().strip()); // absent, not empty: the templates' section then shows nothing
    }
    // What the task is about (worklist.TaskSubjectListener ran before this listener): tells the
    // mails of 15 "Provision access and tools" tasks apart.
    String member = local(task, WorklistVariables.TASK_MEMBER);
    String item = local(task, WorklistVariables.TASK_ITEM);
    v.put("member", member);
    v.put("item", item);
    v.put("about", String.join(" · ", java.util.stream.Stream.of(member, item).filter(s -> !s.isEmpty()).toList()));
    return v;
  }

  private static String local(DelegateTask task, String name) {
    Object value = task.getVariableLocal(name);
    return value == null ? "" : value.toString();
  }

  private static String phase(DelegateTask task, Optional<ContractSummary> contract) {
    for (String name : PHASE_VARIABLES) {
      Object value = task.getVariable(name);
      if (value != null) {
        return value.toString();
      }
    }
    return contract.map(c -> c.stage().name().toLowerCase().replace('_', ' ')).orElse("");
  }

  private static Optional<String> contractId(DelegateTask task) {
    return Optional.ofNullable(ProcessContract.of(task));
  }
}
