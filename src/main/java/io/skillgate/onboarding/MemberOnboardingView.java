package io.skillgate.onboarding;

import io.skillgate.contract.TeamMember;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/contracts/{id}/members/{memberId}}: the member, their learning path, evidence and approvals. */
public record MemberOnboardingView(
    TeamMember member,
    Onboarding onboarding,
    List<Item> learningPath) {

  /** Null when the member's onboarding has not started yet (before the plan is agreed). */
  public record Onboarding(
      OnboardingStatus status,
      Instant startedAt,
      String accessProvisionedBy,
      Instant accessProvisionedAt,
      String accessNote,
      String approvedBy,
      Instant approvedAt,
      String lastReturnReason,
      Instant endedAt,
      String endedReason) {}

  public record Item(
      long id,
      String key,
      ItemKind kind,
      String title,
      String delivery,
      LearningPathItem.Source source,
      String buddy,
      java.time.LocalDate dueDate,
      ItemStatus status,
      String returnReason,
      String signedOffBy,
      Instant signedOffAt,
      List<Evidence> evidence) {}
}
