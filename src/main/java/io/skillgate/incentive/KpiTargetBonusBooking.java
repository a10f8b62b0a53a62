package io.skillgate.incentive;

import io.skillgate.contract.Contracts;
import io.skillgate.reporting.PeriodBonuses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Books a period's KPI-target bonuses when its report is accepted, on the engine's date. */
@Component
class KpiTargetBonusBooking implements PeriodBonuses {

  private final Contracts contracts;
  private final IncentiveLedger ledger;
  private final Clock clock;

  KpiTargetBonusBooking(Contracts contracts, IncentiveLedger ledger, Clock clock) {
    this.contracts = contracts;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public void reportAccepted(String contractId, int period, Map<String, Boolean> targetsMet) {
    ledger.awardKpiTargetBonuses(contracts.findTerms(contractId).orElseThrow(), period, targetsMet,
        LocalDate.now(clock));
  }
}
