package io.skillgate.reporting;

import io.skillgate.contract.Contract.ReportingFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One reporting period of a contract: number 1 starts on the contract's start date. */
public record ReportingPeriod(int number, LocalDate start, LocalDate end) {

  /**
   * The periods from {@code start} to {@code end} (inclusive) at the given frequency; the last
   * one is cut short at the contract's end.
   */
  public static List<ReportingPeriod> all(LocalDate start, LocalDate end, ReportingFrequency frequency) {
    List<ReportingPeriod> periods = new ArrayList<>();
    int n = 1;
    LocalDate from = start;
    while (!from.isAfter(end)) {
      LocalDate next = frequency == ReportingFrequency.WEEKLY ? start.plusWeeks(n) : start.plusMonths(n);
      LocalDate to = next.minusDays(1).isAfter(end) ? end : next.minusDays(1);
      periods.add(new ReportingPeriod(n, from, to));
      from = next;
      n++;
    }
    return periods;
  }

  /**
   * The number of the period an entry booked on {@code day} belongs to, so that every day maps
   * to exactly one period: the period containing it; a day before the first period belongs to
   * the first, a day after the last to the last. (A bonus booked before the contract starts
   * is part of the first statement, never of none.)
   */
  public static int numberOf(List<ReportingPeriod> periods, LocalDate day) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a contract has at least one reporting period");
    }
    if (day.isBefore(periods.get(0).start())) {
      return 1;
    }
    return periods.stream().filter(p -> p.contains(day)).mapToInt(ReportingPeriod::number).findFirst()
        .orElse(periods.size());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
