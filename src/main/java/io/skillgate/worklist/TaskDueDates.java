package io.skillgate.worklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a model's "in N days" due date into N business days, at the end of the business day.
 *
 * <p>The models write relative deadlines as {@code ${dateTime().plusDays(N).toDate()}}: the task
 * falls due N calendar days later at the very minute it was created, a Sunday as readily as a
 * Monday. A due date at the creation's time of day is read as that: N days, kept as N business days
 * and moved to {@link #END_OF_DAY}. Due dates from SkillGate's data (a milestone's due date, a
 * handover deadline, a report's due day) are agreed dates that timers and figures share: they are
 * left as they are.
 */
public final class TaskDueDates {

  /** When a business day ends: a relative deadline falls due then. */
  public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

  /** How far the due date's time of day may be from the creation's and still count as "in N days". */
  private static final Duration SAME_MINUTE = Duration.ofMinutes(1);

  private TaskDueDates() {}

  /** The due date to use for a task created at {@code created} with the model's {@code due}. */
  public static Instant businessDue(Instant created, Instant due, ZoneId zone) {
    ZonedDateTime c = created.atZone(zone);
    ZonedDateTime d = due.atZone(zone);
    // The model's expression ran a moment before this: round to whole days, then check the time of day.
    long days = Math.round(Duration.between(c, d).toSeconds() / 86_400.0);
    boolean relative = days >= 1 && Duration.between(c.plusDays(days), d).abs().compareTo(SAME_MINUTE) <= 0;
    if (!relative) {
      return due;
    }
    LocalDate day = BusinessDays.plus(c.toLocalDate(), (int) days);
    return day.atTime(END_OF_DAY).atZone(zone).toInstant();
  }
}
