package io.skillgate.incentive;

import java.time.LocalDate;

/** The calendar quarter a ledger entry counts in, written "2027-Q2"; the penalty cap is per quarter. */
public final class Quarter {

  private Quarter() {}

  public static String of(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }
}
