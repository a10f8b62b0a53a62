package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.util.Map;

/**
 * Books what a contract pays for a reporting period's KPI targets once the client has accepted
 * the period's report. The incentive feature provides the implementation (it owns the ledger).
 */
@Port
public interface PeriodBonuses {

  /** @param targetsMet by KPI key, as {@link PeriodTargets#of} judged the accepted period */
  void reportAccepted(String contractId, int period, Map<String, Boolean> targetsMet);
}
