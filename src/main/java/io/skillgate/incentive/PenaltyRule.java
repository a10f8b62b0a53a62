package io.skillgate.incentive;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;

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

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
