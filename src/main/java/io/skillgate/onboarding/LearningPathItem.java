package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import java.time.LocalDate;

/** One item of a member's individual learning path, before it is stored. */
public record LearningPathItem(
    String key, ItemKind kind, String title, Contract.Delivery delivery, Source source, String buddy, LocalDate dueDate) {

  /** Where the item comes from: the contract's terms, or the role-to-items decision table. */
  public enum Source { CONTRACT, DECISION }
}
