package io.skillgate.reporting;

import static io.skillgate.reporting.MilestoneFact.Status.APPROVED;
import static io.skillgate.reporting.MilestoneFact.Status.MISSED;
import static io.skillgate.reporting.MilestoneFact.Status.OPEN;
import static io.skillgate.reporting.MilestoneFact.Status.WAIVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.Contract;
import io.skillgate.contract.TeamMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every training KPI on a small team whose answers are worked out by hand in the comments:
 * agents A1 (active), A2 (left on 15 March) and A3 (joined 1 April), team lead L1.
 */
class TrainingKpiCalculatorTest {

  static final LocalDate START = LocalDate.of(2027, 2, 1);
  static final LocalDate END_MARCH = LocalDate.of(2027, 3, 31);
  static final LocalDate END_APRIL = LocalDate.of(2027, 4, 30);

  static final List<TeamMember> ROSTER = List.of(
      member("A1", "claims-agent", START, null),
      member("A2", "claims-agent", START, LocalDate.of(2027, 3, 15)),
      member("A3", "claims-agent", LocalDate.of(2027, 4, 1), null),
      member("L1", "team-lead", START, null));

  static final List<Contract.TrainingRequirement> REQUIREMENTS = List.of(
      requirement("claims-system", "claims-agent", "pilot"),
      requirement("motor-triage", "claims-agent", "pilot"),
      requirement("coaching", "team-lead", "pilot"),
      requirement("leadership", "team-lead", "steady-state"));

  static final List<Contract.CertificationTarget> CERTIFICATIONS = List.of(
      new Contract.CertificationTarget("itil", "ITIL 4 Foundation", "team-lead", 6, 3, 60));

  static final List<MilestoneFact> MILESTONES = List.of(
      milestone("A1", "claims-agent", "pilot", "claims-system", END_MARCH, LocalDate.of(2027, 3, 20), APPROVED),
      milestone("A1", "claims-agent", "pilot", "motor-triage", END_MARCH, LocalDate.of(2027, 4, 5), APPROVED),
      milestone("A2", "claims-agent", "pilot", "claims-system", END_MARCH, null, MISSED),
      milestone("A2", "claims-agent", "pilot", "motor-triage", END_MARCH, null, WAIVED),
      milestone("L1", "team-lead", "pilot", "coaching", END_MARCH, END_MARCH, APPROVED),
      milestone("L1", "team-lead", "steady-state", "leadership", LocalDate.of(2027, 7, 31), null, OPEN),
      milestone("A3", "claims-agent", "pilot", "claims-system", LocalDate.of(2027, 4, 20), null, OPEN));

  static final List<AssessmentFact> ASSESSMENTS = List.of(
      attempt("A1", "claims-agent", "pilot", "motor-triage", 1, 70, false, LocalDate.of(2027, 3, 10)),
      attempt("A1", "claims-agent", "pilot", "motor-triage", 2, 85, true, LocalDate.of(2027, 3, 25)),
      attempt("A3", "claims-agent", "pilot", "motor-triage", 1, 90, true, LocalDate.of(2027, 4, 15)),
      attempt("L1", "team-lead", "steady-state", "leadership", 1, 60, false, LocalDate.of(2027, 4, 20)));

  static final List<CertificationFact> CERTIFICATES = List.of(
      new CertificationFact("L1", "itil", LocalDate.of(2027, 4, 10), LocalDate.of(2030, 4, 9)));

  static final TrainingKpiCalculator.Input TEAM = new TrainingKpiCalculator.Input(
      REQUIREMENTS, CERTIFICATIONS, ROSTER, MILESTONES, ASSESSMENTS, CERTIFICATES);

  @Test
  void contractToDateAtTheEndOfApril() {
    TrainingKpis k = TrainingKpiCalculator.compute(TEAM, KpiScope.CONTRACT, null, END_APRIL);

    // Due by 30 April, waived A2/motor-triage left out: A1cs, A1mt, A2cs, L1co, A3cs; approved A1cs, A1mt, L1co.
    assertRate(k.completion(), 3, 5, "60.0");
    // A1mt was approved on 5 April, after its due date 31 March; L1co on the due date counts as on time.
    assertRate(k.onTime(), 2, 3, "66.7");
    // Pairs: A1/motor-triage passed (2nd attempt), A3/motor-triage passed, L1/leadership failed.
    assertRate(k.assessmentPass(), 2, 3, "66.7");
    // First attempts: A1 failed, A3 passed, L1 failed.
    assertRate(k.firstAttemptPass(), 1, 3, "33.3");
    // (70 + 85 + 90 + 60) / 4 = 76.25, rounded half up.
    assertThat(k.averageScore()).isEqualByComparingTo("76.3");
    // Only team leads need ITIL; L1 has held it since 10 April.
    assertRate(k.certificationCoverage(), 1, 1, "100.0");
    // Joined by 30 April: A1, A2, A3, L1; A2 left.
    assertRate(k.retention(), 3, 4, "75.0");
    assertThat(k.missedMilestones()).isEqualTo(1);
    assertThat(k.overdueMilestones()).as("A3's claims-system was due on 20 April").isEqualTo(1);
    assertThat(k.openMilestones()).as("L1's leadership, due in July").isEqualTo(1);
    // A3: claims-system open, motor-triage has no milestone yet; L1: leadership open. A2 left: no gaps.
    assertThat(k.skillGaps()).extracting(SkillGap::memberId, SkillGap::key).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("A3", "claims-system"),
        org.assertj.core.groups.Tuple.tuple("A3", "motor-triage"),
        org.assertj.core.groups.Tuple.tuple("L1", "leadership"));
  }

  @Test
  void factsAreJudgedAsTheyStoodOnTheDay() {
    TrainingKpis k = TrainingKpiCalculator.compute(TEAM, KpiScope.CONTRACT, null, END_MARCH);

    // A1mt approved on 5 April is still open on 31 March; A3cs (due 20 April) is not due yet.
    assertRate(k.completion(), 2, 4, "50.0");
    assertRate(k.onTime(), 2, 2, "100.0");
    // Only A1's two March attempts: pair passed, first attempt failed, (70 + 85) / 2.
    assertRate(k.assessmentPass(), 1, 1, "100.0");
    assertRate(k.firstAttemptPass(), 0, 1, "0.0");
    assertThat(k.averageScore()).isEqualByComparingTo("77.5");
    assertRate(k.certificationCoverage(), 0, 1, "0.0");
    // A3 had not joined; A2 left on 15 March.
    assertRate(k.retention(), 2, 3, "66.7");
    // A1mt (due today), A3cs and L1 leadership are open; nothing is past due.
    assertThat(k.openMilestones()).isEqualTo(3);
    assertThat(k.overdueMilestones()).isZero();
    assertThat(k.skillGaps()).extracting(SkillGap::key)
        .containsExactlyInAnyOrder("motor-triage", "leadership", "itil");
  }

  @Test
  void anEmptyPeriodHasNoItemsRatherThanZeroPercent() {
    TrainingKpis may = TrainingKpiCalculator.compute(TEAM, KpiScope.CONTRACT, LocalDate.of(2027, 5, 1),
        LocalDate.of(2027, 5, 31));

    assertRate(may.completion(), 0, 0, null);
    assertRate(may.onTime(), 0, 0, null);
    assertRate(may.assessmentPass(), 0, 0, null);
    assertRate(may.firstAttemptPass(), 0, 0, null);
    assertThat(may.averageScore()).isNull();
    assertThat(may.missedMilestones()).isZero();
    assertThat(may.overdueMilestones()).as("A3cs fell due in April, before this window").isZero();
    // People are counted on the day: A1, A3 and L1 are active, A2 left.
    assertRate(may.retention(), 3, 4, "75.0");
  }

  @Test
  void aContractWithoutAnyTrainingDataShowsZeroItems() {
    var nothing = new TrainingKpiCalculator.Input(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    TrainingKpis k = TrainingKpiCalculator.compute(nothing, KpiScope.CONTRACT, null, END_APRIL);

    for (Rate r : List.of(k.completion(), k.onTime(), k.assessmentPass(), k.firstAttemptPass(),
        k.certificationCoverage(), k.retention())) {
      assertRate(r, 0, 0, null);
    }
    assertThat(k.skillGaps()).isEmpty();
  }

  @Test
  void roleScopeCountsOnlyThatRole() {
    TrainingKpis agents = TrainingKpiCalculator.compute(TEAM, KpiScope.role("claims-agent"), null, END_APRIL);

    // A1cs, A1mt, A2cs, A3cs due; A1cs and A1mt approved.
    assertRate(agents.completion(), 2, 4, "50.0");
    assertRate(agents.retention(), 2, 3, "66.7");
    assertRate(agents.certificationCoverage(), 0, 0, null);
    assertRate(agents.assessmentPass(), 2, 2, "100.0");
  }

  @Test
  void phaseScopeCountsMilestonesLeadingIntoThatPhase() {
    TrainingKpis steady = TrainingKpiCalculator.compute(TEAM, KpiScope.phase("steady-state"), null, END_APRIL);

    assertRate(steady.completion(), 0, 0, null);
    assertThat(steady.openMilestones()).isEqualTo(1);
    assertRate(steady.assessmentPass(), 0, 1, "0.0");
    // Only requirements before steady state; certifications have no phase.
    assertThat(steady.skillGaps()).extracting(SkillGap::key).containsExactly("leadership");
  }

  @Test
  void memberWhoLeftKeepsTheirHistoryButHasNoGaps() {
    TrainingKpis a2 = TrainingKpiCalculator.compute(TEAM, KpiScope.member("A2"), null, END_APRIL);

    assertRate(a2.completion(), 0, 1, "0.0");
    assertThat(a2.missedMilestones()).isEqualTo(1);
    assertRate(a2.retention(), 0, 1, "0.0");
    assertThat(a2.skillGaps()).isEmpty();
  }

  @Test
  void anExpiredCertificateDoesNotCover() {
    var expired = new TrainingKpiCalculator.Input(REQUIREMENTS, CERTIFICATIONS, ROSTER, List.of(), List.of(),
        List.of(new CertificationFact("L1", "itil", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1))));

    TrainingKpis k = TrainingKpiCalculator.compute(expired, KpiScope.CONTRACT, null, END_APRIL);

    assertRate(k.certificationCoverage(), 0, 1, "0.0");
    assertThat(k.skillGaps()).anySatisfy(g -> {
      assertThat(g.kind()).isEqualTo(SkillGap.Kind.CERTIFICATION);
      assertThat(g.key()).isEqualTo("itil");
    });
  }

  static void assertRate(Rate rate, int count, int of, String percent) {
    assertThat(rate.count()).as("count").isEqualTo(count);
    assertThat(rate.of()).as("of").isEqualTo(of);
    if (percent == null) {
      assertThat(rate.percent()).as("percent").isNull();
    } else {
      assertThat(rate.percent()).as("percent").isEqualByComparingTo(percent);
    }
  }

  static TeamMember member(String id, String role, LocalDate joined, LocalDate left) {
    return new TeamMember("C", id, id, id + "@example.org", role, null,
        left == null ? TeamMember.Status.ACTIVE : TeamMember.Status.LEFT, joined, left, left == null ? null : "resigned");
  }

  static Contract.TrainingRequirement requirement(String module, String role, String beforePhase) {
    return new Contract.TrainingRequirement(module, module, role, beforePhase, Contract.Delivery.LIVE, null);
  }

  static MilestoneFact milestone(String member, String role, String phase, String module, LocalDate due,
      LocalDate done, MilestoneFact.Status status) {
    return new MilestoneFact(member, role, phase, module, due, done, status);
  }

  static AssessmentFact attempt(String member, String role, String phase, String module, int attempt, int score,
      boolean passed, LocalDate on) {
    return new AssessmentFact(member, role, phase, module, attempt, BigDecimal.valueOf(score), passed, on);
  }
}
