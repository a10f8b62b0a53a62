package io.skillgate.training;

import java.util.List;

/** What a reviewer sees on the phase gate: completion, on-time rate, pass rate, what is missing. */
public record PhaseSummary(
    String phaseKey,
    String phaseName,
    int milestones,
    int approved,
    int waived,
    int failed,
    int onTime,
    int assessed,
    int assessmentsPassed,
    List<String> notComplete) {

  public int completionPercent() {
    return percent(approved + waived, milestones);
  }

  public int onTimePercent() {
    return percent(onTime, milestones);
  }

  public int passPercent() {
    return percent(assessmentsPassed, assessed);
  }

  /** Plain text for the read-only field of the gate form. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("Phase: ").append(phaseName).append('\n');
    sb.append("Milestones: ").append(milestones).append(" (").append(approved).append(" approved, ")
        .append(waived).append(" waived, ").append(failed).append(" failed)\n");
    sb.append("Completion: ").append(completionPercent()).append("%\n");
    sb.append("On time: ").append(onTimePercent()).append("%\n");
    sb.append("Assessment pass rate: ").append(assessed == 0 ? "no assessments" : passPercent() + "% of " + assessed)
        .append('\n');
    if (!notComplete.isEmpty()) {
      sb.append("Not complete:\n");
      notComplete.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  private static int percent(int part, int whole) {
    return whole == 0 ? 100 : Math.round(100f * part / whole);
  }
}
