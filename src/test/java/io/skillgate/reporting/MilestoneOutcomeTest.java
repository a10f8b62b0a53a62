package io.skillgate.reporting;

import static io.skillgate.reporting.MilestoneFact.Status.APPROVED;
import static io.skillgate.reporting.MilestoneFact.Status.MISSED;
import static io.skillgate.reporting.MilestoneFact.Status.OPEN;
import static io.skillgate.reporting.MilestoneFact.Status.WAIVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.TeamMember;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one definition of on time, late, missed, waived and open, and what "to date" means. */
class MilestoneOutcomeTest {

  static final LocalDate DUE = LocalDate.of(2027, 3, 31);

  @Test
  void eachOutcomeAsItStoodOnTheDay() {
    assertThat(MilestoneOutcome.of(fact(DUE, APPROVED, false), DUE)).isEqualTo(MilestoneOutcome.ON_TIME);
    assertThat(MilestoneOutcome.of(fact(DUE.plusDays(1), APPROVED, false), DUE.plusDays(1)))
        .isEqualTo(MilestoneOutcome.LATE);
    assertThat(MilestoneOutcome.of(fact(DUE.minusDays(3), APPROVED, true), DUE))
        .as("marked missed, then approved: late even if the date looks early").isEqualTo(MilestoneOutcome.LATE);
    assertThat(MilestoneOutcome.of(fact(DUE, APPROVED, false), DUE.minusDays(1)))
        .as("approved after the day: still open then").isEqualTo(MilestoneOutcome.OPEN);
    assertThat(MilestoneOutcome.of(fact(null, MISSED, true), DUE)).isEqualTo(MilestoneOutcome.MISSED);
    assertThat(MilestoneOutcome.of(fact(null, MISSED, true), DUE.minusDays(1))).isEqualTo(MilestoneOutcome.OPEN);
    assertThat(MilestoneOutcome.of(fact(DUE.plusDays(2), WAIVED, false), DUE.plusDays(2)))
        .isEqualTo(MilestoneOutcome.WAIVED);
    assertThat(MilestoneOutcome.of(fact(DUE.plusDays(2), WAIVED, false), DUE))
        .as("waived after the day: open then").isEqualTo(MilestoneOutcome.OPEN);
    assertThat(MilestoneOutcome.of(fact(null, OPEN, false), DUE)).isEqualTo(MilestoneOutcome.OPEN);
  }

  @Test
  void workApprovedAheadOfItsDueDateCountsAsSoonAsItIsDone() {
    // Due in March, approved in November of the year before: "to date" on 29 November shows it.
    MilestoneFact early = fact(LocalDate.of(2026, 11, 29), APPROVED, false);
    MilestoneFact openLater = fact(null, OPEN, false);

    TrainingFigures f = TrainingFigures.of(List.of(early, openLater), null, LocalDate.of(2026, 11, 29));

    assertThat(f.completion().count()).isEqualTo(1);
    assertThat(f.completion().of()).as("the open one is not due yet").isEqualTo(1);
    assertThat(f.onTimeRate().count()).isEqualTo(1);
    assertThat(f.open()).isEqualTo(1);
    // In the March period the early approval is not counted again.
    TrainingFigures march = TrainingFigures.of(List.of(early, openLater), LocalDate.of(2027, 3, 1), DUE);
    assertThat(march.completion().of()).isEqualTo(1);
    assertThat(march.completion().count()).isZero();
  }

  @Test
  void waivedCountsInNoRateMissedCountsAgainstCompletion() {
    List<MilestoneFact> nine = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      nine.add(fact(DUE.minusDays(1), APPROVED, false));
    }
    nine.add(fact(DUE.plusDays(4), APPROVED, false));
    nine.add(fact(DUE.plusDays(1), WAIVED, false));

    TrainingFigures f = TrainingFigures.of(nine, null, DUE.plusDays(10));

    // Waived left out of every rate (the old gate put it in the denominator: 8 of 9, 89 %):
    // 8 of 8 completed, 7 of 8 on time.
    assertThat(f.completion()).isEqualTo(Rate.of(8, 8));
    assertThat(f.onTimeRate()).isEqualTo(Rate.of(7, 8));
    assertThat(f.waived()).isEqualTo(1);
    assertThat(f.late()).isEqualTo(1);
  }

  @Test
  void toDateIsTheLaterOfTodayAndTheRecordsNeverPastTheEnd() {
    LocalDate today = LocalDate.of(2026, 11, 29);
    LocalDate end = LocalDate.of(2028, 1, 31);
    TeamMember joined = new TeamMember("C", "A1", "A1", "a1@example.org", "agent", null, TeamMember.Status.ACTIVE,
        LocalDate.of(2027, 2, 1), null, null);
    TeamMember left = new TeamMember("C", "A2", "A2", "a2@example.org", "agent", null, TeamMember.Status.LEFT,
        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 3), "resigned");
    var in = new TrainingKpiCalculator.Input(List.of(), List.of(), List.of(joined, left),
        List.of(fact(LocalDate.of(2027, 3, 20), APPROVED, false)), List.of(), List.of());

    assertThat(TrainingToDate.asOf(today, end, in, List.of())).isEqualTo(LocalDate.of(2027, 4, 3));
    assertThat(TrainingToDate.asOf(today, end, in, List.of(LocalDate.of(2027, 5, 1))))
        .isEqualTo(LocalDate.of(2027, 5, 1));
    assertThat(TrainingToDate.asOf(LocalDate.of(2027, 6, 1), end, in, List.of())).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(TrainingToDate.asOf(LocalDate.of(2029, 1, 1), end, in, List.of())).isEqualTo(end);
    var nothing = new TrainingKpiCalculator.Input(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(TrainingToDate.asOf(today, end, nothing, List.of())).isEqualTo(today);

    // Retention as of that day: both joined, one left.
    TrainingKpis k = TrainingKpiCalculator.compute(in, KpiScope.CONTRACT, null,
        TrainingToDate.asOf(today, end, in, List.of()));
    assertThat(k.retention()).isEqualTo(Rate.of(1, 2));
    assertThat(k.completion()).isEqualTo(Rate.of(1, 1));
  }

  static MilestoneFact fact(LocalDate closedOn, MilestoneFact.Status status, boolean markedMissed) {
    return new MilestoneFact("A1", "agent", "pilot", "m", DUE, closedOn, status, markedMissed);
  }
}
