package io.skillgate.incentive;

import io.skillgate.contract.ContractRepository;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.reporting.PeriodBonuses;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Books a period's KPI-target bonuses when its report is accepted, on the engine's date. */
@Component
class KpiTargetBonusBooking implements PeriodBonuses {

  private final ContractRepository contracts;
  private final IncentiveLedger ledger;

  KpiTargetBonusBooking(ContractRepository contracts, IncentiveLedger ledger) {
    this.contracts = contracts;
    this.ledger = ledger;
  }

  @Override
  public void reportAccepted(String contractId, int period, Map<String, Boolean> targetsMet) {
    ledger.awardKpiTargetBonuses(contracts.findTerms(contractId).orElseThrow(), period, targetsMet,
        EngineClock.today());
  }
}
