package io.skillgate.platform.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * SkillGate's one notion of "now": the engine's clock. In production that is the machine's clock;
 * a test that moves the engine clock (to fire timers) moves every business date with it, so a
 * booking, a member's joining or leaving day, a handover deadline and a KPI's "today" all agree
 * with the timers that caused them. It is the application's {@link Clock} bean, so a feature
 * asks for a {@code Clock} and never needs to know.
 */
public final class EngineClock extends Clock {

  /**
   * The one time zone of business dates and due dates: the JVM's (set {@code TZ} or
   * {@code -Duser.timezone} to change it). Days start at midnight in it.
   */
  public static final ZoneId ZONE = ZoneId.systemDefault();

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Today in the system's zone, for code that runs without the bean (static helpers). */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** The one due-date function: the start of {@code day}, for timer and due-date variables. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** The day {@code instant} falls on. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** Now, for code that runs without the bean (listeners the engine creates). */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }
}
