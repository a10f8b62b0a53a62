package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import java.time.Instant;
import java.time.LocalDate;

/** A stored learning path item with its sign-off. */
public record OnboardingItem(
    long id,
    long onboardingId,
    String key,
    ItemKind kind,
    String title,
    Contract.Delivery delivery,
    LearningPathItem.Source source,
    String buddy,
    LocalDate dueDate,
    ItemStatus status,
    String returnReason,
    String signedOffBy,
    Instant signedOffAt) {}
