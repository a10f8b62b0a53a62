package io.skillgate.reporting;

import io.skillgate.contract.Contract.KpiDirection;
import java.math.BigDecimal;

/**
 * One contract KPI before and after (seed strategy 9): its baseline, target and latest value,
 * the change since the baseline, how far the way to the target has been covered, and whether
 * the target is met. Values the latest figure does not allow are null.
 *
 * @param source REPORTED (from the vendor's accepted progress reports) or COMPUTED (from training data)
 * @param progressPercent (latest - baseline) / (target - baseline) in %: 100 is the target, negative is worse than the baseline
 */
public record KpiChange(
    String key, String name, String unit, KpiDirection direction, String source,
    BigDecimal baseline, BigDecimal target, BigDecimal latest, Integer latestPeriod,
    BigDecimal change, BigDecimal progressPercent, Boolean met) {}
