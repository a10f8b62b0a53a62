package io.skillgate.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A task's priority from how near its due date is, in business days: the nearer, the higher, and
 * highest once it has passed. Tasklist shows and sorts by it; 50 is Camunda's default.
 */
public final class TaskPriorities {

  public static final int OVERDUE = 100;

  private TaskPriorities() {}

  public static int of(Instant due, Instant now, ZoneId zone) {
    if (!now.isBefore(due)) {
      return OVERDUE;
    }
    int left = BusinessDays.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(due, zone));
    if (left <= 0) {
      return 90;
    }
    if (left == 1) {
      return 80;
    }
    if (left == 2) {
      return 70;
    }
    if (left <= 5) {
      return 60;
    }
    return left <= 10 ? 50 : 40;
  }
}
