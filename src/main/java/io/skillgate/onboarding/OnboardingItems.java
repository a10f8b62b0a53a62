package io.skillgate.onboarding;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Learning path items as the model needs them: the multi-instance collection
 * ({@code ${onboardingItems.openItemIds(onboardingId)}}) and each item's due date. Reading the
 * open items from the table means a return at final approval re-runs only the returned items.
 */
@Component("onboardingItems")
public class OnboardingItems {

  private final OnboardingRepository onboardings;
  private final Clock clock;

  public OnboardingItems(OnboardingRepository onboardings, Clock clock) {
    this.onboardings = onboardings;
    this.clock = clock;
  }

  public List<Long> openItemIds(long onboardingId) {
    return onboardings.openItemIds(onboardingId);
  }

  public Date dueDate(long itemId) {
    OnboardingItem item = onboardings.item(itemId).orElseThrow(() -> new IllegalStateException("no item " + itemId));
    return Date.from(item.dueDate().atStartOfDay(clock.getZone()).toInstant());
  }
}
