package io.skillgate.incentive;

import io.skillgate.reporting.LedgerEntryFact;
import io.skillgate.reporting.LedgerFacts;
import java.util.List;
import org.springframework.stereotype.Component;

/** The incentive ledger as the reporting statements read it: each entry on its booking day. */
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
            e.bookedOn(), e.reason(), bonusFor(e)))
        .toList();
  }

  private static LedgerEntryFact.BonusFor bonusFor(LedgerEntry e) {
    if (e.kind() != IncentiveKind.BONUS) {
      return null;
    }
    String key = e.bookingKey() == null ? "" : e.bookingKey();
    if (key.startsWith(IncentiveLedger.CERTIFICATION_BONUS)) {
      return LedgerEntryFact.BonusFor.CERTIFICATION;
    }
    return key.startsWith(IncentiveLedger.KPI_TARGET_BONUS) ? LedgerEntryFact.BonusFor.KPI_TARGET : LedgerEntryFact.BonusFor.OTHER;
  }
}
