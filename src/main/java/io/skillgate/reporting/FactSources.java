package io.skillgate.reporting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the {@link TrainingFacts} and {@link LedgerFacts} beans other features provide, or the
 * empty defaults when there are none yet. The defaults are deliberately not beans, so a feature
 * that adds its implementation needs no {@code @Primary} and nothing here changes.
 */
@Component
public class FactSources {

  private final ObjectProvider<TrainingFacts> training;
  private final ObjectProvider<LedgerFacts> ledger;

  public FactSources(ObjectProvider<TrainingFacts> training, ObjectProvider<LedgerFacts> ledger) {
    this.training = training;
    this.ledger = ledger;
  }

  public TrainingFacts training() {
    return training.getIfAvailable(() -> TrainingFacts.NONE);
  }

  public LedgerFacts ledger() {
    return ledger.getIfAvailable(() -> LedgerFacts.NONE);
  }
}
