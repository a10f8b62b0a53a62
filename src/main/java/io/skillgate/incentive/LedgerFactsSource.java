package io.skillgate.incentive;

import io.skillgate.reporting.LedgerEntryFact;
import io.skillgate.reporting.LedgerFacts;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The incentive ledger as the reporting statements read it. */
@Component
class LedgerFactsSource implements LedgerFacts {

  private final IncentiveLedgerRepository ledger;

  LedgerFactsSource(IncentiveLedgerRepository ledger) {
    this.ledger = ledger;
  }

  @Override
  public List<LedgerEntryFact> entries(String contractId) {
    return ledger.entries(contractId).stream()
        .map(e -> new LedgerEntryFact(e.memberId(), LedgerEntryFact.Kind.valueOf(e.kind().name()), e.amount(),
            e.createdAt().atZone(ZoneId.systemDefault()).toLocalDate(), e.reason()))
        .toList();
  }
}
