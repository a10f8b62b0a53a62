package io.skillgate.incentive;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The contract's penalty clause as arithmetic, free of the database so it is unit-tested alone:
 * a milestone missed by more than the grace days costs the penalty, but never more than what is
 * left under the quarter's cap.
 */
public final class PenaltyRule {

  private final BigDecimal penalty;
  private final int graceDays;
  private final BigDecimal capPerQuarter;
  private final boolean waivable;

  public PenaltyRule(Contract.Incentives incentives) {
    this.penalty = orZero(incentives.missedMilestonePenalty());
    this.graceDays = incentives.penaltyGraceDays() == null ? 0 : incentives.penaltyGraceDays();
    // No cap in the contract means no limit, not a cap of zero.
    this.capPerQuarter = incentives.penaltyCapPerQuarter();
    this.waivable = Boolean.TRUE.equals(incentives.penaltyWaivable());
  }

  public int graceDays() {
    return graceDays;
  }

  public boolean waivable() {
    return waivable;
  }

  /**
   * The amount to charge for a milestone {@code daysLate} days past its due date, given the net
   * penalties already charged in the quarter; zero when within grace or the cap is used up.
   */
  public BigDecimal amountFor(long daysLate, BigDecimal chargedThisQuarter) {
    if (daysLate <= graceDays || penalty.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (capPerQuarter == null) {
      return penalty;
    }
    BigDecimal left = capPerQuarter.subtract(orZero(chargedThisQuarter));
    return left.signum() <= 0 ? BigDecimal.ZERO : penalty.min(left);
  }

  /**
   * Why {@link #amountFor} gave nothing, in words for the reviewer's form: each reason on its own
   * (a reviewer acts differently on "not yet" than on "the cap is used up"), and for a milestone
   * still in grace the day the penalty will be booked if it is not approved by then.
   *
   * @param chargedThisQuarter the net penalties already charged in {@code quarter}
   */
  public String whyNothing(LocalDate dueDate, LocalDate today, BigDecimal chargedThisQuarter, String currency,
      String quarter) {
    if (penalty.signum() == 0) {
      return "nothing: the contract sets no missed-milestone penalty";
    }
    long daysLate = ChronoUnit.DAYS.between(dueDate, today);
    if (daysLate <= graceDays) {
      return "nothing yet: within the " + graceDays + " grace days after the due date " + dueDate
          + "; the penalty of " + penalty.toPlainString() + " " + currency + " is booked on "
          + penaltyDate(dueDate) + " if the milestone is still not approved";
    }
    return "nothing: the quarterly penalty cap of " + capPerQuarter.toPlainString() + " " + currency
        + " for " + quarter + " is reached (" + orZero(chargedThisQuarter).toPlainString() + " " + currency
        + " charged)";
  }

  /** The first day a milestone due on {@code dueDate} is past its grace days. */
  public LocalDate penaltyDate(LocalDate dueDate) {
    return dueDate.plusDays(graceDays + 1L);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
