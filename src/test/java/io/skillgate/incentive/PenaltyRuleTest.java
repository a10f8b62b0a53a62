package io.skillgate.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The penalty clause's arithmetic: grace, cap, no cap. */
class PenaltyRuleTest {

  private static Contract.Incentives incentives(String penalty, Integer graceDays, String cap) {
    return new Contract.Incentives("EUR", new BigDecimal("400"), null, penalty == null ? null : new BigDecimal(penalty),
        graceDays, cap == null ? null : new BigDecimal(cap), true);
  }

  @Test
  void nothingIsChargedWithinTheGraceDays() {
    PenaltyRule rule = new PenaltyRule(incentives("250", 10, "5000"));
    assertThat(rule.amountFor(0, BigDecimal.ZERO)).isZero();
    assertThat(rule.amountFor(10, BigDecimal.ZERO)).isZero();
    assertThat(rule.amountFor(11, BigDecimal.ZERO)).isEqualByComparingTo("250");
  }

  @Test
  void theQuarterlyCapLimitsTheLastChargeAndThenStopsCharging() {
    PenaltyRule rule = new PenaltyRule(incentives("250", 0, "600"));
    assertThat(rule.amountFor(1, new BigDecimal("500"))).isEqualByComparingTo("100");
    assertThat(rule.amountFor(1, new BigDecimal("600"))).isZero();
    assertThat(rule.amountFor(1, new BigDecimal("700"))).isZero();
  }

  @Test
  void noCapMeansNoLimitAndNoPenaltyMeansNothing() {
    assertThat(new PenaltyRule(incentives("250", null, null)).amountFor(1, new BigDecimal("1000000")))
        .isEqualByComparingTo("250");
    assertThat(new PenaltyRule(incentives(null, 0, "5000")).amountFor(30, BigDecimal.ZERO)).isZero();
  }

  @Test
  void quartersAreCalendarQuarters() {
    assertThat(Quarter.of(LocalDate.of(2027, 1, 1))).isEqualTo("2027-Q1");
    assertThat(Quarter.of(LocalDate.of(2027, 3, 31))).isEqualTo("2027-Q1");
    assertThat(Quarter.of(LocalDate.of(2027, 4, 1))).isEqualTo("2027-Q2");
    assertThat(Quarter.of(LocalDate.of(2027, 12, 31))).isEqualTo("2027-Q4");
  }

  @Test
  void aMilestoneInGraceSaysSoAndWhenThePenaltyIsBooked() {
    PenaltyRule rule = new PenaltyRule(incentives("250", 10, "5000"));
    assertThat(rule.whyNothing(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), BigDecimal.ZERO, "EUR", "2027-Q1"))
        .isEqualTo("nothing yet: within the 10 grace days after the due date 2027-03-01; the penalty of 250 EUR"
            + " is booked on 2027-03-12 if the milestone is still not approved");
  }

  @Test
  void aReachedCapSaysSoWithTheQuarterAndNoWordOfGrace() {
    PenaltyRule rule = new PenaltyRule(incentives("250", 0, "600"));
    assertThat(rule.whyNothing(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20), new BigDecimal("600"), "EUR",
        "2027-Q1")).isEqualTo("nothing: the quarterly penalty cap of 600 EUR for 2027-Q1 is reached (600 EUR charged)");
  }

  @Test
  void aContractWithoutPenaltySaysSo() {
    assertThat(new PenaltyRule(incentives(null, 0, "5000")).whyNothing(LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 20), BigDecimal.ZERO, "EUR", "2027-Q1"))
        .isEqualTo("nothing: the contract sets no missed-milestone penalty");
  }
}
