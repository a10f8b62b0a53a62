package io.skillgate.training;

import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.reporting.AssessmentFact;
import io.skillgate.reporting.CertificationFact;
import io.skillgate.reporting.MilestoneFact;
import io.skillgate.reporting.TrainingFacts;
import io.skillgate.training.assessment.AssessmentAttemptRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the reporting KPIs read of training: milestones, assessment attempts and certifications. */
@Component
class TrainingFactsSource implements TrainingFacts {

  private final MilestoneRepository milestones;
  private final AssessmentAttemptRepository attempts;
  private final CertificationRepository certifications;
  private final Contracts contracts;

  TrainingFactsSource(MilestoneRepository milestones, AssessmentAttemptRepository attempts,
      CertificationRepository certifications, Contracts contracts) {
    this.milestones = milestones;
    this.attempts = attempts;
    this.certifications = certifications;
    this.contracts = contracts;
  }

  @Override
  public List<MilestoneFact> milestones(String contractId) {
    Map<String, String> roles = roles(contractId);
    return milestones.ofContract(contractId).stream()
        .filter(Milestone::counts)
        .map(m -> fact(m, roles.get(m.memberId())))
        .toList();
  }

  @Override
  public List<AssessmentFact> assessments(String contractId) {
    Map<String, String> roles = roles(contractId);
    Map<Long, Milestone> byId = milestones.ofContract(contractId).stream()
        .collect(Collectors.toMap(Milestone::id, Function.identity()));
    return attempts.ofContract(contractId).stream()
        .map(a -> new AssessmentFact(a.memberId(), roles.get(a.memberId()),
            byId.containsKey(a.milestoneId()) ? byId.get(a.milestoneId()).phaseKey() : null, a.module(),
            a.attempt(), BigDecimal.valueOf(a.score()), "pass".equals(a.outcome()),
            EngineClock.dayOf(a.recordedAt())))
        .toList();
  }

  @Override
  public List<CertificationFact> certifications(String contractId) {
    return certifications.ofContract(contractId).stream()
        .map(c -> new CertificationFact(c.memberId(), c.certKey(), c.issuedOn(), c.expiresOn()))
        .toList();
  }

  /** The one mapping from a milestone record to the fact every count reads (KPIs and the phase gate). */
  static MilestoneFact fact(Milestone m, String role) {
    return new MilestoneFact(m.memberId(), role, m.phaseKey(), m.requirementKey(), m.dueDate(), m.completedOn(),
        status(m), m.missed());
  }

  /** A failed milestone was not achieved, like a missed one; one ended by termination stays open work. */
  private static MilestoneFact.Status status(Milestone m) {
    return switch (m.status()) {
      case APPROVED -> MilestoneFact.Status.APPROVED;
      case WAIVED -> MilestoneFact.Status.WAIVED;
      case FAILED -> MilestoneFact.Status.MISSED;
      case OPEN, ENDED -> m.missed() ? MilestoneFact.Status.MISSED : MilestoneFact.Status.OPEN;
    };
  }

  private Map<String, String> roles(String contractId) {
    return contracts.members(contractId).stream().collect(Collectors.toMap(TeamMember::memberId, TeamMember::role));
  }
}
