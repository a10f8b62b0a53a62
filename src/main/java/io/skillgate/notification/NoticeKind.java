package io.skillgate.notification;

/** Why a notice is sent; each kind has its own templates ({@code notices/templates/<kind>.*}). */
public enum NoticeKind {
  /** A task was created for the recipient's group. */
  TASK_CREATED,
  /** A task was assigned to the recipient. */
  TASK_ASSIGNED,
  /** A task is due soon (the contract's reminder lead time before its due date). */
  TASK_REMINDER,
  /** A task is overdue: the client's reviewers are told. */
  TASK_OVERDUE;

  /** The template file stem, e.g. {@code task-created}. */
  public String templateName() {
    return name().toLowerCase().replace('_', '-');
  }
}
