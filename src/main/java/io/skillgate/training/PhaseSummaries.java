package io.skillgate.training;

import java.util.List;
import org.springframework.stereotype.Component;

/** Computes a phase's summary from its milestones. */
@Component
public class PhaseSummaries {

  private final MilestoneRepository milestones;
  private final TrainingPlanner planner;

  public PhaseSummaries(MilestoneRepository milestones, TrainingPlanner planner) {
    this.milestones = milestones;
    this.planner = planner;
  }

  public PhaseSummary of(String contractId, String phaseKey) {
    List<Milestone> all = milestones.ofPhase(contractId, phaseKey);
    String phaseName = planner.terms(contractId).phases().stream().filter(p -> p.key().equals(phaseKey))
        .map(p -> p.name() + " (starts " + p.startDate() + ")").findFirst().orElse(phaseKey);
    List<Milestone> assessed = all.stream().filter(Milestone::hasAssessment)
        .filter(m -> m.status() == MilestoneStatus.APPROVED || m.status() == MilestoneStatus.FAILED).toList();
    return new PhaseSummary(phaseKey, phaseName, all.size(),
        count(all, MilestoneStatus.APPROVED), count(all, MilestoneStatus.WAIVED), count(all, MilestoneStatus.FAILED),
        (int) all.stream().filter(Milestone::onTime).count(), assessed.size(),
        count(assessed, MilestoneStatus.APPROVED),
        all.stream().filter(m -> m.status() == MilestoneStatus.OPEN || m.status() == MilestoneStatus.FAILED)
            .map(m -> m.memberId() + ": " + m.name() + " (" + m.status().name().toLowerCase() + ")").toList());
  }

  private static int count(List<Milestone> list, MilestoneStatus status) {
    return (int) list.stream().filter(m -> m.status() == status).count();
  }
}
