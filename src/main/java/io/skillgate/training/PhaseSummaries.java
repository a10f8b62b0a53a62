package io.skillgate.training;

import io.skillgate.contract.Contract;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.reporting.MilestoneFact;
import io.skillgate.reporting.MilestoneOutcome;
import io.skillgate.reporting.TrainingFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Computes a phase's gate summary from its milestones, counted by {@link TrainingFigures} like
 * every KPI. The gate judges the milestones as of the later of today (the engine's) and the
 * phase's start: the milestones lead into the phase, so by its start each is due.
 */
@Component
public class PhaseSummaries {

  private final MilestoneRepository milestones;
  private final TrainingPlanner planner;

  public PhaseSummaries(MilestoneRepository milestones, TrainingPlanner planner) {
    this.milestones = milestones;
    this.planner = planner;
  }

  public PhaseSummary of(String contractId, String phaseKey) {
    // A leaver's ended milestones count nowhere, here as in the KPIs (Milestone#counts).
    List<Milestone> all = milestones.ofPhase(contractId, phaseKey).stream().filter(Milestone::counts).toList();
    Contract.Phase phase = planner.terms(contractId).phases().stream().filter(p -> p.key().equals(phaseKey))
        .findFirst().orElse(null);
    String phaseName = phase == null ? phaseKey : phase.name() + " (starts " + phase.startDate() + ")";
    LocalDate today = EngineClock.today();
    LocalDate asOf = phase != null && phase.startDate().isAfter(today) ? phase.startDate() : today;
    List<MilestoneFact> facts = all.stream().map(m -> TrainingFactsSource.fact(m, null)).toList();
    // What is missing, in the same words as the figures: a milestone marked missed reads "missed".
    List<String> notComplete = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      MilestoneOutcome outcome = MilestoneOutcome.of(facts.get(i), asOf);
      if (outcome == MilestoneOutcome.OPEN || outcome == MilestoneOutcome.MISSED) {
        notComplete.add(all.get(i).memberId() + ": " + all.get(i).name() + " (" + outcome.name().toLowerCase() + ")");
      }
    }
    List<Milestone> assessed = all.stream().filter(Milestone::hasAssessment)
        .filter(m -> m.status() == MilestoneStatus.APPROVED || m.status() == MilestoneStatus.FAILED).toList();
    return new PhaseSummary(phaseKey, phaseName, asOf, all.size(), TrainingFigures.of(facts, null, asOf),
        assessed.size(), (int) assessed.stream().filter(m -> m.status() == MilestoneStatus.APPROVED).count(),
        notComplete);
  }
}
