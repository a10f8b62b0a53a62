package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.time.LocalDate;
import java.util.List;

/**
 * Milestone counts of one window, by {@link MilestoneOutcome}, and the two rates built on them:
 * completion = completed of the milestones that count in the window, waived ones left out; on
 * time = approved on time of those completed. Open and overdue are about every milestone still
 * open on the window's last day: overdue if its due date lies in the window and has passed,
 * open if it is due on or after that day.
 *
 * @param counted milestones counting in the window (see {@link MilestoneOutcome#countsOn}), not waived
 */
@Port
public record TrainingFigures(int counted, int onTime, int late, int missed, int waived, int open, int overdue) {

  /** The figures of the window from {@code from} (null: no start) to {@code asOf}, both inclusive. */
  public static TrainingFigures of(List<MilestoneFact> milestones, LocalDate from, LocalDate asOf) {
    int counted = 0;
    int onTime = 0;
    int late = 0;
    int missed = 0;
    int waived = 0;
    int open = 0;
    int overdue = 0;
    for (MilestoneFact m : milestones) {
      MilestoneOutcome outcome = MilestoneOutcome.of(m, asOf);
      if (outcome == MilestoneOutcome.OPEN) {
        if (!m.due().isBefore(asOf)) {
          open++;
        } else if (from == null || !m.due().isBefore(from)) {
          overdue++;
        }
      }
      if (!inWindow(MilestoneOutcome.countsOn(m), from, asOf)) {
        continue;
      }
      switch (outcome) {
        case ON_TIME -> onTime++;
        case LATE -> late++;
        case MISSED -> missed++;
        case WAIVED -> waived++;
        case OPEN -> { }
      }
      if (outcome != MilestoneOutcome.WAIVED) {
        counted++;
      }
    }
    return new TrainingFigures(counted, onTime, late, missed, waived, open, overdue);
  }

  public int completed() {
    return onTime + late;
  }

  public Rate completion() {
    return Rate.of(completed(), counted);
  }

  public Rate onTimeRate() {
    return Rate.of(onTime, completed());
  }

  private static boolean inWindow(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isAfter(to) && (from == null || !day.isBefore(from));
  }
}
