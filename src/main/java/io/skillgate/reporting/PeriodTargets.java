package io.skillgate.reporting;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each contract KPI met its target in one reporting period: the vendor's reported value
 * for reported KPIs, the period's training figure for the computed ones. One answer for the
 * dashboard's period points, the CSV and the KPI-target bonuses booked when a report is accepted.
 */
public final class PeriodTargets {

  private PeriodTargets() {}

  /**
   * @param reported the period's report values, by KPI key
   * @param training the period's training KPI snapshot, by snapshot key ("on-time", ...)
   * @return by KPI key: true or false, null when the period has no value for the KPI
   */
  public static Map<String, Boolean> of(List<Contract.Kpi> kpis, Map<String, BigDecimal> reported,
      Map<String, BigDecimal> training) {
    Map<String, Boolean> met = new LinkedHashMap<>();
    for (Contract.Kpi kpi : kpis) {
      BigDecimal value = KpiChangeCalculator.isComputed(kpi.key()) ? training.get(snapshotKey(kpi.key()))
          : reported.get(kpi.key());
      met.put(kpi.key(), KpiChangeCalculator.change(kpi, new KpiChangeCalculator.Latest(value, null), "").met());
    }
    return met;
  }

  /** The key under which a period's snapshot keeps the training figure of a computed contract KPI. */
  static String snapshotKey(String kpiKey) {
    return KpiChangeCalculator.TRAINING_ON_TIME.equals(kpiKey) ? "on-time" : kpiKey;
  }
}
