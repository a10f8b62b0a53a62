package io.skillgate.reporting;

import io.skillgate.contract.Contract;
import io.skillgate.contract.TeamMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes {@link TrainingKpis} from plain facts: no database, no engine, so every rule is
 * unit-tested on small hand-computed fixtures. Facts are judged as they stood on {@code asOf}:
 * a milestone approved after it counts as not yet approved, so a past period's figures do not
 * change when they are computed again later. Milestones are counted by {@link TrainingFigures},
 * the definition the phase gate shares.
 */
public final class TrainingKpiCalculator {

  /** Everything the calculator reads about one contract. */
  public record Input(
      List<Contract.TrainingRequirement> requirements,
      List<Contract.CertificationTarget> certificationTargets,
      List<TeamMember> roster,
      List<MilestoneFact> milestones,
      List<AssessmentFact> assessments,
      List<CertificationFact> certifications) {

    public static Input of(Contract terms, List<TeamMember> roster, TrainingFacts facts) {
      return new Input(terms.trainingRequirements(), terms.certifications(), roster,
          facts.milestones(terms.id()), facts.assessments(terms.id()), facts.certifications(terms.id()));
    }
  }

  private TrainingKpiCalculator() {}

  /**
   * The KPIs of {@code scope} for the window from {@code from} (null: the contract's start) to
   * {@code asOf}, both inclusive.
   */
  public static TrainingKpis compute(Input in, KpiScope scope, LocalDate from, LocalDate asOf) {
    List<MilestoneFact> milestones = in.milestones().stream()
        .filter(m -> scope.covers(m.phase(), m.role(), m.memberId()))
        .toList();
    TrainingFigures figures = TrainingFigures.of(milestones, from, asOf);

    List<AssessmentFact> attempts = in.assessments().stream()
        .filter(a -> scope.covers(a.phase(), a.role(), a.memberId()))
        .filter(a -> inWindow(a.takenOn(), from, asOf))
        .toList();
    Map<String, List<AssessmentFact>> byPair = attempts.stream()
        .collect(Collectors.groupingBy(a -> a.memberId() + "\u0000" + a.module()));
    int passedPairs = (int) byPair.values().stream().filter(list -> list.stream().anyMatch(AssessmentFact::passed)).count();
    List<AssessmentFact> firstAttempts = attempts.stream().filter(a -> a.attempt() == 1).toList();
    int firstPassed = (int) firstAttempts.stream().filter(AssessmentFact::passed).count();
    BigDecimal averageScore = attempts.isEmpty() ? null
        : attempts.stream().map(AssessmentFact::score).reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(attempts.size()), 1, RoundingMode.HALF_UP);

    List<TeamMember> joined = in.roster().stream()
        .filter(m -> scope.coversMember(m.role(), m.memberId()))
        .filter(m -> !m.joinedOn().isAfter(asOf))
        .toList();
    List<TeamMember> active = joined.stream().filter(m -> activeOn(m, asOf)).toList();

    int certsRequired = 0;
    int certsHeld = 0;
    List<SkillGap> gaps = new ArrayList<>();
    for (TeamMember member : active) {
      for (Contract.CertificationTarget target : in.certificationTargets()) {
        if (!target.role().equals(member.role())) {
          continue;
        }
        certsRequired++;
        boolean held = in.certifications().stream().anyMatch(c -> c.memberId().equals(member.memberId())
            && c.certification().equals(target.key()) && c.validOn(asOf));
        if (held) {
          certsHeld++;
        } else if (scope.phase() == null) {
          gaps.add(new SkillGap(member.memberId(), member.role(), SkillGap.Kind.CERTIFICATION, target.key(),
              target.withinMonths() + " months after start"));
        }
      }
      gaps.addAll(trainingGaps(in, scope, member, asOf));
    }

    return new TrainingKpis(
        figures.completion(),
        figures.onTimeRate(),
        Rate.of(passedPairs, byPair.size()),
        Rate.of(firstPassed, firstAttempts.size()),
        averageScore,
        Rate.of(certsHeld, certsRequired),
        Rate.of(active.size(), joined.size()),
        figures.open(), figures.overdue(), figures.missed(), figures.waived(), List.copyOf(gaps));
  }

  private static List<SkillGap> trainingGaps(Input in, KpiScope scope, TeamMember member, LocalDate asOf) {
    Set<String> achieved = new HashSet<>();
    for (MilestoneFact m : in.milestones()) {
      if (m.memberId().equals(member.memberId())
          && (MilestoneOutcome.of(m, asOf).completed() || MilestoneOutcome.of(m, asOf) == MilestoneOutcome.WAIVED)) {
        achieved.add(m.module());
      }
    }
    List<SkillGap> gaps = new ArrayList<>();
    for (Contract.TrainingRequirement r : in.requirements()) {
      if (r.role().equals(member.role()) && (scope.phase() == null || scope.phase().equals(r.beforePhase()))
          && !achieved.contains(r.module())) {
        gaps.add(new SkillGap(member.memberId(), member.role(), SkillGap.Kind.TRAINING, r.module(),
            "before " + r.beforePhase()));
      }
    }
    return gaps;
  }

  static boolean activeOn(TeamMember m, LocalDate day) {
    return !m.joinedOn().isAfter(day) && (m.leftOn() == null || m.leftOn().isAfter(day));
  }

  private static boolean inWindow(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isAfter(to) && (from == null || !day.isBefore(from));
  }
}
