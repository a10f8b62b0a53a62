package io.skillgate.training;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import io.skillgate.platform.engine.EngineClock;

/**
 * "Today" as the engine sees it. Delegates use this rather than the Spring clock so that dates
 * they record (missed, late, approved on) agree with the timers that triggered them, also when a
 * test moves the engine clock.
 */
public final class BusinessDate {

  private BusinessDate() {}

  public static LocalDate today() {
    return EngineClock.today();
  }

  /** Start of the given day, for timer and due-date variables. */
  public static Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  public static LocalDate toLocalDate(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault());
    }
    String text = value.toString();
    // Camunda Forms' date picker submits "2027-05-01"; the REST API may send a full timestamp.
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
