package io.skillgate.onboarding;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.web.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The rules for an item's evidence, as the evidence API applies them (the upload page checks the
 * same before it sends): a date that is missing or in the future, a duration that is not a
 * positive number of minutes, no one named, no reference.
 */
public final class EvidenceRules {

  static final int MAX_MINUTES = 60 * 24 * 60;
  static final int MAX_WITH = 200;
  static final int MAX_REFERENCE = 500;

  private EvidenceRules() {}

  /** Evidence as submitted; each value still to be checked. {@code date} and {@code minutes} are parsed leniently. */
  public record Input(Object date, Object minutes, String with, String reference) {}

  /** Field names to report: the API's JSON names. */
  public record Fields(String date, String minutes, String with, String reference) {
    public static final Fields API = new Fields("date", "durationMinutes", "with", "reference");
  }

  public static List<FieldError> check(Input in, Fields fields, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate date = null;
    try {
      date = date(in.date());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(fields.date(), "must be a date (yyyy-mm-dd)"));
    }
    if (in.date() == null) {
      errors.add(new FieldError(fields.date(), "is required"));
    } else if (date != null && date.isAfter(today)) {
      errors.add(new FieldError(fields.date(), "must not be in the future"));
    }
    Long minutes = null;
    try {
      minutes = minutes(in.minutes());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(fields.minutes(), "must be a whole number of minutes"));
    }
    if (in.minutes() == null) {
      errors.add(new FieldError(fields.minutes(), "is required"));
    } else if (minutes != null && (minutes <= 0 || minutes > MAX_MINUTES)) {
      errors.add(new FieldError(fields.minutes(), "must be a positive number of minutes, at most " + MAX_MINUTES));
    }
    text(in.with(), MAX_WITH, fields.with(), errors);
    text(in.reference(), MAX_REFERENCE, fields.reference(), errors);
    return errors;
  }

  /** The checked evidence's date; call only after {@link #check} found no errors. */
  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return EngineClock.dayOf(d.toInstant());
    }
    try {
      String s = value.toString().trim();
      // Camunda Forms' date picker submits yyyy-mm-dd; tolerate a time part.
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The checked evidence's duration in minutes; call only after {@link #check} found no errors. */
  public static Long minutes(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw new IllegalArgumentException("not whole");
      }
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void text(String value, int max, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }
}
