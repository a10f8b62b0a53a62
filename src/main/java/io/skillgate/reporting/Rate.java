package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share: how many of how many, and the percentage to one decimal. With nothing to count the
 * percentage is null ("0 items"), never 0 % or 100 %, so an empty period reads as empty.
 */
@Port
public record Rate(int count, int of, BigDecimal percent) {

  public static Rate of(int count, int of) {
    if (count < 0 || count > of) {
      throw new IllegalArgumentException("a rate needs 0 <= count <= of, got " + count + "/" + of);
    }
    BigDecimal percent = of == 0 ? null
        : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    return new Rate(count, of, percent);
  }

  /** "66.7 % (2 of 3)", or "no items": the wording of the gate, the period report and the evaluation. */
  public String describe() {
    return percent == null ? "no items" : percent.toPlainString() + " % (" + count + " of " + of + ")";
  }
}
