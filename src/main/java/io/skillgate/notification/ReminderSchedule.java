package io.skillgate.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a task's reminder goes out. Normally the contract's lead time before the due date. A task
 * created inside the lead time (a review due in 3 days on a contract that reminds 5 days ahead)
 * would otherwise get none: it is reminded halfway between its creation and its due date instead,
 * so the people it waits for hear of it twice as for any other task. Under {@link #MINIMUM_TIME_LEFT}
 * before the due date there is no reminder: the "created" notice went out moments before, and a
 * second mail within hours tells nothing new (the overdue escalation still follows).
 */
final class ReminderSchedule {

  static final Duration MINIMUM_TIME_LEFT = Duration.ofDays(1);

  private ReminderSchedule() {}

  static Optional<Instant> remindAt(Instant now, Instant due, int leadDays) {
    if (leadDays <= 0) {
      return Optional.empty();
    }
    Instant usual = due.minus(Duration.ofDays(leadDays));
    if (usual.isAfter(now)) {
      return Optional.of(usual);
    }
    Duration left = Duration.between(now, due);
    if (left.compareTo(MINIMUM_TIME_LEFT) < 0) {
      return Optional.empty();
    }
    return Optional.of(now.plus(left.dividedBy(2)));
  }
}
