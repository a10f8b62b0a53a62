package io.skillgate.contract;

import java.util.stream.Collectors;

/**
 * The plain-text summary of a contract's upskilling plan that both parties read on the plan forms,
 * in the contract's own words: roles and phases by their names, not their keys.
 */
final class PlanSummary {

  private PlanSummary() {}

  static String of(Contract c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.client().name()).append(" / ").append(c.vendor().name())
        .append(", ").append(c.startDate()).append(" to ").append(c.endDate())
        .append(", reporting ").append(c.reportingFrequency().name().toLowerCase()).append('\n');
    sb.append("\nPhases:\n");
    c.phases().forEach(p -> sb.append("- ").append(p.name()).append(" from ").append(p.startDate())
        .append(p.endDate() == null ? "" : " to " + p.endDate()).append('\n'));
    sb.append("\nTeam: ").append(c.members().size()).append(" members (")
        .append(c.roles().stream().map(r -> r.name() + ": "
            + c.members().stream().filter(m -> m.role().equals(r.key())).count()).collect(Collectors.joining(", ")))
        .append(")\n");
    if (!c.coreCompetencies().isEmpty()) {
      sb.append("\nCore competencies (every role):\n");
      c.coreCompetencies().forEach(k -> sb.append("- ").append(k.name()).append(", by the end of ")
          .append(phase(c, k.dueByEndOfPhase())).append('\n'));
    }
    if (!c.trainingRequirements().isEmpty()) {
      sb.append("\nRole and phase training:\n");
      c.trainingRequirements().forEach(t -> sb.append("- ").append(role(c, t.role())).append(": ").append(t.name())
          .append(", before ").append(phase(c, t.beforePhase()))
          .append(t.assessment() == null ? "" : ", assessment pass mark " + t.assessment().passMark())
          .append('\n'));
    }
    if (!c.certifications().isEmpty()) {
      sb.append("\nCertifications:\n");
      c.certifications().forEach(t -> sb.append("- ").append(role(c, t.role())).append(": ").append(t.name())
          .append(" within ").append(t.withinMonths()).append(" months")
          .append(t.bonus() == null ? "" : ", bonus " + t.bonus().toPlainString() + " " + c.incentives().currency())
          .append('\n'));
    }
    if (!c.kpis().isEmpty()) {
      sb.append("\nKPIs (baseline -> target):\n");
      c.kpis().forEach(k -> sb.append("- ").append(k.name()).append(": ")
          .append(k.baseline() == null ? "n/a" : k.baseline().toPlainString()).append(" -> ")
          .append(k.target().toPlainString()).append(k.unit() == null ? "" : " " + k.unit()).append('\n'));
    }
    Contract.Incentives inc = c.incentives();
    sb.append("\nIncentives (").append(inc.currency()).append("): certification bonus ")
        .append(amount(inc.certificationBonus())).append(", quarterly on-time bonus ")
        .append(amount(inc.quarterlyOnTimeBonus())).append(", penalty per missed milestone ")
        .append(amount(inc.missedMilestonePenalty())).append(" after ")
        .append(inc.penaltyGraceDays() == null ? 0 : inc.penaltyGraceDays()).append(" days, cap per quarter ")
        .append(amount(inc.penaltyCapPerQuarter())).append('\n');
    inc.kpiTargetBonuses().forEach(b -> sb.append("KPI-target bonus ").append(b.amountPerPeriod().toPlainString())
        .append(" per reporting period in which ")
        .append(String.join(" and ", b.kpis().stream().map(k -> kpi(c, k)).toList())).append(" meet their targets\n"));
    sb.append("\nExit: notice period ").append(c.exit().noticePeriodDays()).append(" days\n");
    return sb.toString();
  }

  /** A phase's name, in lower case as it reads inside a sentence ("before pilot"); the key if unknown. */
  private static String phase(Contract c, String key) {
    return c.phases().stream().filter(p -> p.key().equals(key)).map(p -> p.name().toLowerCase())
        .findFirst().orElse(key);
  }

  /** A contract KPI's name; the key if unknown. */
  private static String kpi(Contract c, String key) {
    return c.kpis().stream().filter(k -> k.key().equals(key)).map(Contract.Kpi::name).findFirst().orElse(key);
  }

  private static String role(Contract c, String key) {
    return c.roles().stream().filter(r -> r.key().equals(key)).map(Contract.Role::name).findFirst().orElse(key);
  }

  private static String amount(java.math.BigDecimal value) {
    return value == null ? "none" : value.toPlainString();
  }
}
