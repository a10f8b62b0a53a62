package io.skillgate.reporting;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Before/after of every contract KPI against its baseline and target; pure, unit-tested. */
public final class KpiChangeCalculator {

  /**
   * Contract KPIs with these keys are computed from training data, not reported by the vendor:
   * the vendor's report form does not ask for them.
   */
  public static final String TRAINING_ON_TIME = "training-on-time";
  public static final String FIRST_ATTEMPT_PASS = "first-attempt-pass";

  /** A KPI's latest value and the period it comes from. */
  public record Latest(BigDecimal value, Integer period) {}

  private KpiChangeCalculator() {}

  public static boolean isComputed(String kpiKey) {
    return TRAINING_ON_TIME.equals(kpiKey) || FIRST_ATTEMPT_PASS.equals(kpiKey);
  }

  /**
   * @param reported latest accepted value of each reported KPI, by key
   * @param training the contract's training KPIs to date, for the computed keys
   */
  public static List<KpiChange> changes(List<Contract.Kpi> kpis, Map<String, Latest> reported, TrainingKpis training,
      Integer currentPeriod) {
    List<KpiChange> changes = new ArrayList<>();
    for (Contract.Kpi kpi : kpis) {
      Latest latest;
      String source;
      if (isComputed(kpi.key())) {
        Rate rate = TRAINING_ON_TIME.equals(kpi.key()) ? training.onTime() : training.firstAttemptPass();
        latest = new Latest(rate.percent(), rate.percent() == null ? null : currentPeriod);
        source = "COMPUTED";
      } else {
        latest = reported.getOrDefault(kpi.key(), new Latest(null, null));
        source = "REPORTED";
      }
      changes.add(change(kpi, latest, source));
    }
    return changes;
  }

  static KpiChange change(Contract.Kpi kpi, Latest latest, String source) {
    BigDecimal value = latest.value();
    BigDecimal baseline = kpi.baseline();
    BigDecimal target = kpi.target();
    BigDecimal change = value == null || baseline == null ? null : value.subtract(baseline);
    BigDecimal progress = null;
    if (change != null && target.compareTo(baseline) != 0) {
      progress = change.multiply(BigDecimal.valueOf(100)).divide(target.subtract(baseline), 1, RoundingMode.HALF_UP);
    }
    Boolean met = value == null ? null
        : kpi.direction() == Contract.KpiDirection.HIGHER_IS_BETTER ? value.compareTo(target) >= 0
        : value.compareTo(target) <= 0;
    return new KpiChange(kpi.key(), kpi.name(), kpi.unit(), kpi.direction(), source, baseline, target, value,
        latest.period(), change, progress, met);
  }
}
