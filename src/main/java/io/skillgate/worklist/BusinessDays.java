package io.skillgate.worklist;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday. Public holidays are not known to SkillGate and count as business days
 * (docs/user-guide.md, "Due dates in business days").
 */
public final class BusinessDays {

  private BusinessDays() {}

  public static boolean isBusinessDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /** The day itself if it is a business day, else the Monday after. */
  public static LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** {@code days} business days after {@code from} (a weekend start counts from the Monday). */
  public static LocalDate plus(LocalDate from, int days) {
    LocalDate d = onOrAfter(from);
    for (int i = 0; i < days; i++) {
      d = onOrAfter(d.plusDays(1));
    }
    return d;
  }

  /** Business days from {@code from} to {@code to}: 0 on the same day, negative when {@code to} is earlier. */
  public static int between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        days++;
      }
    }
    return days;
  }
}
