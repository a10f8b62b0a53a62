package io.skillgate.onboarding;

import io.skillgate.platform.engine.EngineClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Learning path items as the model needs them: when the member's evidence task is due (the
 * earliest due date of the items it lists, read from the table, so after a return only the
 * returned items count), and why the client returned items, if it did.
 */
@Component("onboardingItems")
public class OnboardingItems {

  private final OnboardingRepository onboardings;
  private final Clock clock;

  public OnboardingItems(OnboardingRepository onboardings, Clock clock) {
    this.onboardings = onboardings;
    this.clock = clock;
  }

  /** The earliest due date of the items waiting for evidence; today if none (the task then has nothing to wait for). */
  public Date evidenceDue(long onboardingId) {
    LocalDate due = onboardings.items(onboardingId).stream()
        .filter(i -> i.status() == ItemStatus.OPEN || i.status() == ItemStatus.RETURNED)
        .map(OnboardingItem::dueDate).min(Comparator.naturalOrder())
        .orElse(LocalDate.now(clock));
    return EngineClock.startOf(due);
  }

  /**
   * The client's reason of the last return, or null before any: the evidence task's input
   * {@code returnedBecause}, which its form and its email show ("Returned: …").
   */
  public String returnReason(long onboardingId) {
    return onboardings.find(onboardingId).map(OnboardingRecord::lastReturnReason)
        .filter(r -> !r.isBlank()).orElse(null);
  }
}
