package io.skillgate.training;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a phase's requirements into milestones for the contract's ACTIVE members. Due dates come
 * from the contract: a module is due when the phase it precedes starts; a certification when its
 * timeframe ({@code withinMonths} after the contract start) ends.
 */
@Service
public class TrainingPlanner {

  private final Contracts contracts;
  private final MilestoneRepository milestones;
  private final TrainingRequirements requirements;
  private final Clock clock;

  public TrainingPlanner(Contracts contracts, MilestoneRepository milestones,
      TrainingRequirements requirements, Clock clock) {
    this.contracts = contracts;
    this.milestones = milestones;
    this.requirements = requirements;
    this.clock = clock;
  }

  /**
   * Creates the phase's milestones once; a second call (a retried job) returns the existing ones.
   */
  @Transactional
  public List<Milestone> planPhase(String contractId, String phaseKey) {
    List<Milestone> existing = milestones.ofPhase(contractId, phaseKey);
    if (!existing.isEmpty()) {
      return existing;
    }
    Contract contract = terms(contractId);
    Contract.Phase phase = contract.phases().stream().filter(p -> p.key().equals(phaseKey)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " has no phase " + phaseKey));
    for (TeamMember member : contracts.members(contractId)) {
      if (!member.isActive()) {
        continue;
      }
      for (RequiredTraining r : requirements.forRole(contract, phaseKey, member.role())) {
        milestones.insert(contractId, phaseKey, member.memberId(), r, dueDate(contract, phase, r), clock.instant());
      }
    }
    return milestones.ofPhase(contractId, phaseKey);
  }

  /** A renewal milestone for a certification, due when the current certificate expires. */
  @Transactional
  public long planRecertification(String contractId, String memberId, String certKey, String certName,
      LocalDate expiresOn) {
    RequiredTraining renewal = new RequiredTraining(MilestoneKind.RECERTIFICATION, certKey, "Renew " + certName,
        RequiredTraining.FROM_RENEWAL, null, null, null);
    return milestones.insert(contractId, null, memberId, renewal, expiresOn, clock.instant());
  }

  public Contract terms(String contractId) {
    return contracts.findTerms(contractId)
        .orElseThrow(() -> new IllegalStateException("no contract " + contractId));
  }

  private static LocalDate dueDate(Contract contract, Contract.Phase phase, RequiredTraining r) {
    if (r.kind() == MilestoneKind.CERTIFICATION && RequiredTraining.FROM_CONTRACT.equals(r.source())) {
      return contract.certifications().stream().filter(c -> c.key().equals(r.key())).findFirst()
          .map(c -> TrainingRequirements.certificationDue(contract, c)).orElse(phase.startDate());
    }
    return phase.startDate();
  }
}
