package io.skillgate.reporting;

import io.skillgate.contract.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What "to date" means for a contract's KPIs: as of the later of today and the latest day the
 * contract's own records reach, but never past the contract's end. The records are milestones
 * closed (and missed milestones' due dates), assessment attempts, certificates issued, members
 * joined or left, and reporting periods opened.
 *
 * <p>Why not simply today: a contract is registered, staffed and trained before its start date,
 * and a test drives a contract forward on the engine's clock. Counted as of today, such a
 * contract showed "0 of 0" after all its training was approved, and members who joined on the
 * start date had not joined yet. The records say how far the contract has got; the figures are
 * judged as of that day.
 */
public final class TrainingToDate {

  private TrainingToDate() {}

  public static LocalDate asOf(LocalDate today, LocalDate contractEnd, TrainingKpiCalculator.Input in,
      Collection<LocalDate> periodsOpened) {
    List<LocalDate> recorded = new ArrayList<>(periodsOpened);
    for (MilestoneFact m : in.milestones()) {
      recorded.add(m.completedOn());
      if (m.status() == MilestoneFact.Status.MISSED && m.completedOn() == null) {
        recorded.add(m.due());
      }
    }
    in.assessments().forEach(a -> recorded.add(a.takenOn()));
    in.certifications().forEach(c -> recorded.add(c.achievedOn()));
    for (TeamMember member : in.roster()) {
      recorded.add(member.joinedOn());
      recorded.add(member.leftOn());
    }
    LocalDate latest = recorded.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(today);
    LocalDate asOf = latest.isAfter(today) ? latest : today;
    return contractEnd != null && asOf.isAfter(contractEnd) ? contractEnd : asOf;
  }
}
