package io.skillgate.notification;

import java.util.Date;

/**
 * A reminder or overdue escalation for one task, as stored in its job: {@code kind|taskId|dueMillis}.
 * The due date is part of it so a deadline of a task whose due date changed since does nothing.
 */
record TaskDeadline(NoticeKind kind, String taskId, long dueMillis, Date firesAt) {

  static TaskDeadline parse(String canonical) {
    String[] parts = canonical.split("\\|");
    return new TaskDeadline(NoticeKind.valueOf(parts[0]), parts[1], Long.parseLong(parts[2]), null);
  }

  String toCanonicalString() {
    return kind.name() + "|" + taskId + "|" + dueMillis;
  }

  String eventId() {
    return kind.templateName() + ":" + taskId + ":" + dueMillis;
  }
}
