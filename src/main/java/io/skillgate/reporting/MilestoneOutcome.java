package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.time.LocalDate;

/**
 * The one definition of what became of a training milestone, as it stood on a given day. The
 * phase gate, the KPIs (API, dashboard, CSV), the period report and the evaluation all count
 * through this class and {@link TrainingFigures}, so one question has one answer:
 * <ul>
 *   <li>ON_TIME: approved on or before its due date, and never marked missed;</li>
 *   <li>LATE: approved, but after its due date or after it was marked missed;</li>
 *   <li>MISSED: not achieved: its assessment failed for good, or its due date passed and it
 *       was marked missed and not (yet) approved;</li>
 *   <li>WAIVED: the reviewer excused it; a waived milestone counts in no rate;</li>
 *   <li>OPEN: none of these yet (overdue when its due date has passed).</li>
 * </ul>
 * ON_TIME and LATE together are "completed".
 */
@Port
public enum MilestoneOutcome {
  ON_TIME, LATE, MISSED, WAIVED, OPEN;

  /** What the milestone was on {@code asOf}: a closing after that day had not happened yet. */
  public static MilestoneOutcome of(MilestoneFact m, LocalDate asOf) {
    boolean closedBy = m.completedOn() != null && !m.completedOn().isAfter(asOf);
    return switch (m.status()) {
      case APPROVED -> !closedBy ? OPEN
          : m.markedMissed() || m.completedOn().isAfter(m.due()) ? LATE : ON_TIME;
      case WAIVED -> m.completedOn() == null || closedBy ? WAIVED : OPEN;
      // Marked missed without a closing day: missed since its due date.
      case MISSED -> (m.completedOn() == null ? !m.due().isAfter(asOf) : closedBy) ? MISSED : OPEN;
      case OPEN -> OPEN;
    };
  }

  public boolean completed() {
    return this == ON_TIME || this == LATE;
  }

  /**
   * The day a milestone counts in a window (a reporting period, or "to date"): its due date, or
   * the day it was closed if that was earlier. So work approved ahead of its due date counts as
   * soon as it is done, and a contract whose dates lie ahead still shows what was achieved.
   */
  public static LocalDate countsOn(MilestoneFact m) {
    if (m.status() == MilestoneFact.Status.OPEN || m.completedOn() == null || m.completedOn().isAfter(m.due())) {
      return m.due();
    }
    return m.completedOn();
  }
}
