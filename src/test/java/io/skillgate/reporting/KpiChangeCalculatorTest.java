package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contract.KpiDirection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Before/after of contract KPIs, with the demo contract's baselines and targets. */
class KpiChangeCalculatorTest {

  static final Contract.Kpi CSAT = kpi("csat", "78", "85", KpiDirection.HIGHER_IS_BETTER);
  static final Contract.Kpi ERROR_RATE = kpi("error-rate", "4.5", "2.5", KpiDirection.LOWER_IS_BETTER);
  static final Contract.Kpi AHT = kpi("aht", "42", "35", KpiDirection.LOWER_IS_BETTER);
  static final Contract.Kpi ON_TIME = kpi("training-on-time", null, "95", KpiDirection.HIGHER_IS_BETTER);

  @Test
  void higherIsBetterPartWayToTarget() {
    KpiChange c = KpiChangeCalculator.change(CSAT, latest("81", 3), "REPORTED");
    // 81 - 78 = 3 of the 7 points to 85: 42.857 %.
    assertThat(c.change()).isEqualByComparingTo("3");
    assertThat(c.progressPercent()).isEqualByComparingTo("42.9");
    assertThat(c.met()).isFalse();
    assertThat(c.latestPeriod()).isEqualTo(3);
  }

  @Test
  void lowerIsBetterBeyondTarget() {
    KpiChange c = KpiChangeCalculator.change(ERROR_RATE, latest("2.4", 5), "REPORTED");
    // 2.4 - 4.5 = -2.1 of the -2.0 to go: 105 %.
    assertThat(c.change()).isEqualByComparingTo("-2.1");
    assertThat(c.progressPercent()).isEqualByComparingTo("105.0");
    assertThat(c.met()).isTrue();
  }

  @Test
  void worseThanTheBaselineIsNegativeProgress() {
    KpiChange c = KpiChangeCalculator.change(AHT, latest("45", 2), "REPORTED");
    // +3 minutes against the -7 to go: -42.857 %.
    assertThat(c.progressPercent()).isEqualByComparingTo("-42.9");
    assertThat(c.met()).isFalse();
  }

  @Test
  void withoutAReportNothingIsClaimed() {
    KpiChange c = KpiChangeCalculator.change(CSAT, new KpiChangeCalculator.Latest(null, null), "REPORTED");
    assertThat(c.latest()).isNull();
    assertThat(c.change()).isNull();
    assertThat(c.progressPercent()).isNull();
    assertThat(c.met()).isNull();
  }

  @Test
  void trainingKpisOfTheContractAreComputedNotReported() {
    TrainingKpis training = new TrainingKpis(Rate.of(0, 0), Rate.of(2, 3), Rate.of(0, 0), Rate.of(1, 3), null,
        Rate.of(0, 0), Rate.of(0, 0), 0, 0, 0, 0, List.of());

    List<KpiChange> changes = KpiChangeCalculator.changes(List.of(CSAT, ON_TIME),
        Map.of("csat", latest("80", 4), "training-on-time", latest("99", 4)), training, 4);

    assertThat(changes.get(0).latest()).isEqualByComparingTo("80");
    KpiChange onTime = changes.get(1);
    assertThat(onTime.source()).isEqualTo("COMPUTED");
    assertThat(onTime.latest()).as("2 of 3 on time, not the reported 99").isEqualByComparingTo("66.7");
    assertThat(onTime.change()).as("no baseline").isNull();
    assertThat(onTime.met()).isFalse();
  }

  static KpiChangeCalculator.Latest latest(String value, int period) {
    return new KpiChangeCalculator.Latest(new BigDecimal(value), period);
  }

  static Contract.Kpi kpi(String key, String baseline, String target, KpiDirection direction) {
    return new Contract.Kpi(key, key, "%", baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target),
        direction);
  }
}
