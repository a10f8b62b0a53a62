package io.skillgate.worklist;

import io.skillgate.platform.engine.EngineClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Added to every user task of every process by {@link WorklistEngineWiring}, ahead of the notice
 * listener: when a task is created it gets its subject ({@link WorklistVariables}, and a
 * description naming it), a due date in business days ({@link TaskDueDates}) and a priority from
 * that due date ({@link TaskPriorities}), so the first notice already shows all three.
 */
class TaskSubjectListener implements TaskListener {

  private final TaskSubjects subjects;

  TaskSubjectListener(TaskSubjects subjects) {
    this.subjects = subjects;
  }

  @Override
  public void notify(DelegateTask task) {
    name(task);
    schedule(task);
  }

  private void name(DelegateTask task) {
    TaskSubject subject = subjects.of(task);
    if (subject.isEmpty()) {
      return;
    }
    setIfPresent(task, WorklistVariables.TASK_CONTRACT, subject.contractId());
    setIfPresent(task, WorklistVariables.TASK_MEMBER, subject.member());
    setIfPresent(task, WorklistVariables.TASK_ITEM, subject.item());
    task.setVariableLocal(WorklistVariables.TASK_SUBJECT, subject.line());
    String modelled = task.getDescription();
    task.setDescription(modelled == null || modelled.isBlank() ? subject.line() : subject.line() + "\n\n" + modelled);
  }

  /** A local null would still be a variable (and a blank column); an absent one is simply not shown. */
  private static void setIfPresent(DelegateTask task, String name, String value) {
    if (value != null) {
      task.setVariableLocal(name, value);
    }
  }

  private static void schedule(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    ZoneId zone = EngineClock.ZONE;
    Instant now = EngineClock.now();
    Instant businessDue = TaskDueDates.businessDue(now, due.toInstant(), zone);
    if (!businessDue.equals(due.toInstant())) {
      task.setDueDate(Date.from(businessDue));
    }
    task.setPriority(TaskPriorities.of(businessDue, now, zone));
  }
}
