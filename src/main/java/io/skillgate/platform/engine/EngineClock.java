package io.skillgate.platform.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Today" as the engine sees it: the one business date of SkillGate's bookings and records. It is
 * the machine's date in production; a test that moves the engine clock moves it too, so what a
 * timer causes (a missed milestone, a penalty, a period's bonus) is dated on the timer's day.
 */
public final class EngineClock {

  private EngineClock() {}

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
