package io.skillgate.reporting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the {@link TrainingFacts}, {@link LedgerFacts} and {@link PeriodBonuses} beans other features provide, or the
 * empty defaults when there are none yet. The defaults are deliberately not beans, so a feature
 * that adds its implementation needs no {@code @Primary} and nothing here changes.
 */
@Component
public class FactSources {

  private final ObjectProvider<TrainingFacts> training;
  private final ObjectProvider<LedgerFacts> ledger;
  private final ObjectProvider<PeriodBonuses> periodBonuses;

  public FactSources(ObjectProvider<TrainingFacts> training, ObjectProvider<LedgerFacts> ledger,
      ObjectProvider<PeriodBonuses> periodBonuses) {
    this.training = training;
    this.ledger = ledger;
    this.periodBonuses = periodBonuses;
  }

  public TrainingFacts training() {
    return training.getIfAvailable(() -> TrainingFacts.NONE);
  }

  public LedgerFacts ledger() {
    return ledger.getIfAvailable(() -> LedgerFacts.NONE);
  }

  public PeriodBonuses periodBonuses() {
    return periodBonuses.getIfAvailable(() -> PeriodBonuses.NONE);
  }
}
