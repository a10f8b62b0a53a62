package io.skillgate.training;

import io.skillgate.reporting.Rate;
import io.skillgate.reporting.TrainingFigures;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer sees on the phase gate: completion, on-time rate, pass rate, what is missing.
 * Completion and on time are the KPIs' ({@link TrainingFigures}): a waived milestone counts in
 * neither, so the gate and the KPI report give one answer.
 */
public record PhaseSummary(
    String phaseKey,
    String phaseName,
    LocalDate asOf,
    int milestones,
    TrainingFigures figures,
    int assessed,
    int assessmentsPassed,
    List<String> notComplete) {

  public Rate completion() {
    return figures.completion();
  }

  public Rate onTime() {
    return figures.onTimeRate();
  }

  public Rate passRate() {
    return Rate.of(assessmentsPassed, assessed);
  }

  /** The line recorded when the phase opens. */
  public String eventText() {
    return "completion " + completion().describe() + ", on time " + onTime().describe() + ", pass rate "
        + passRate().describe() + ", waived " + figures.waived() + ", missed " + figures.missed();
  }

  /** Plain text for the read-only field of the gate form. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("Phase: ").append(phaseName).append('\n');
    sb.append("Milestones: ").append(milestones).append(" (").append(figures.completed()).append(" completed: ")
        .append(figures.onTime()).append(" on time, ").append(figures.late()).append(" late; ")
        .append(figures.missed()).append(" missed; ").append(figures.waived()).append(" waived; ")
        .append(figures.open() + figures.overdue()).append(" open)\n");
    sb.append("Completion (waived left out): ").append(completion().describe()).append('\n');
    sb.append("On time (of completed): ").append(onTime().describe()).append('\n');
    sb.append("Assessment pass rate: ").append(assessed == 0 ? "no assessments" : passRate().describe())
        .append('\n');
    if (!notComplete.isEmpty()) {
      sb.append("Not complete:\n");
      notComplete.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }
}
