package io.skillgate.contract;

import io.skillgate.platform.Port;
import io.skillgate.platform.web.FieldError;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Rules that relate a contract's fields to each other (single-field rules are annotations on
 * {@link Contract}). Each broken rule names the offending field by its JSON path.
 */
@Port
public final class ContractRules {

  /** The ISO 4217 codes the JDK knows: what {@code incentives.currency} must be one of. */
  private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  private ContractRules() {}

  public static List<FieldError> check(Contract c) {
    List<FieldError> errors = new ArrayList<>();
    BiConsumer<String, String> error = (field, message) -> errors.add(new FieldError(field, message));

    if (c.endDate().isBefore(c.startDate())) {
      error.accept("endDate", "must not be before startDate");
    }
    Set<String> phaseKeys = new HashSet<>();
    Contract.Phase previous = null;
    for (int i = 0; i < c.phases().size(); i++) {
      Contract.Phase p = c.phases().get(i);
      String path = "phases[" + i + "]";
      if (!phaseKeys.add(p.key())) {
        error.accept(path + ".key", "duplicate phase '" + p.key() + "'");
      }
      if (p.startDate().isBefore(c.startDate()) || p.startDate().isAfter(c.endDate())) {
        error.accept(path + ".startDate", "must lie within the contract's dates");
      }
      if (p.endDate() != null) {
        if (p.endDate().isAfter(c.endDate())) {
          error.accept(path + ".endDate", "must not be after the contract's endDate");
        }
        if (p.endDate().isBefore(p.startDate())) {
          error.accept(path + ".endDate", "must not be before the phase's startDate");
        }
      }
      if (previous != null && p.startDate().isBefore(previous.startDate())) {
        error.accept(path + ".startDate", "phases must be listed in order of their start dates");
      }
      previous = p;
    }

    Set<String> roleKeys = new HashSet<>();
    for (int i = 0; i < c.roles().size(); i++) {
      if (!roleKeys.add(c.roles().get(i).key())) {
        error.accept("roles[" + i + "].key", "duplicate role '" + c.roles().get(i).key() + "'");
      }
    }

    for (int i = 0; i < c.coreCompetencies().size(); i++) {
      knownPhase(phaseKeys, c.coreCompetencies().get(i).dueByEndOfPhase(),
          "coreCompetencies[" + i + "].dueByEndOfPhase", error);
    }
    for (int i = 0; i < c.trainingRequirements().size(); i++) {
      Contract.TrainingRequirement t = c.trainingRequirements().get(i);
      knownRole(roleKeys, t.role(), "trainingRequirements[" + i + "].role", error);
      knownPhase(phaseKeys, t.beforePhase(), "trainingRequirements[" + i + "].beforePhase", error);
    }
    Set<String> certificationKeys = new HashSet<>();
    for (int i = 0; i < c.certifications().size(); i++) {
      Contract.CertificationTarget cert = c.certifications().get(i);
      if (!certificationKeys.add(cert.key())) {
        error.accept("certifications[" + i + "].key", "duplicate certification '" + cert.key() + "'");
      }
      knownRole(roleKeys, cert.role(), "certifications[" + i + "].role", error);
    }
    for (int i = 0; i < c.toolProficiencies().size(); i++) {
      Contract.ToolProficiency t = c.toolProficiencies().get(i);
      knownRole(roleKeys, t.role(), "toolProficiencies[" + i + "].role", error);
      knownPhase(phaseKeys, t.byPhase(), "toolProficiencies[" + i + "].byPhase", error);
    }
    Contract.KnowledgeTransfer kt = c.knowledgeTransfer();
    if (kt != null && kt.workshops() != null) {
      for (int i = 0; i < kt.workshops().size(); i++) {
        knownPhase(phaseKeys, kt.workshops().get(i).phase(), "knowledgeTransfer.workshops[" + i + "].phase", error);
      }
    }
    if (kt != null && kt.shadowing() != null) {
      for (int i = 0; i < kt.shadowing().roles().size(); i++) {
        knownRole(roleKeys, kt.shadowing().roles().get(i), "knowledgeTransfer.shadowing.roles[" + i + "]", error);
      }
    }

    incentives(c, error);
    List<String> records = c.exit().certificationRecords();
    if (records != null) {
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i) != null && !certificationKeys.contains(records.get(i))) {
          error.accept("exit.certificationRecords[" + i + "]", "unknown certification '" + records.get(i) + "'");
        }
      }
    }

    Set<String> memberIds = new HashSet<>();
    for (int i = 0; i < c.members().size(); i++) {
      Contract.Member m = c.members().get(i);
      if (!memberIds.add(m.id())) {
        error.accept("members[" + i + "].id", "duplicate member id '" + m.id() + "'");
      }
      knownRole(roleKeys, m.role(), "members[" + i + "].role", error);
    }
    return errors;
  }

  /**
   * The currency is a real ISO 4217 code (the annotation only checks its shape), and each
   * KPI-target bonus names known contract KPIs under a key of its own.
   */
  private static void incentives(Contract c, BiConsumer<String, String> error) {
    Contract.Incentives inc = c.incentives();
    if (!ISO_CURRENCIES.contains(inc.currency())) {
      error.accept("incentives.currency", "'" + inc.currency() + "' is not an ISO 4217 currency code");
    }
    Set<String> kpiKeys = c.kpis().stream().map(Contract.Kpi::key).collect(Collectors.toSet());
    Set<String> bonusKeys = new HashSet<>();
    for (int i = 0; i < inc.kpiTargetBonuses().size(); i++) {
      Contract.KpiTargetBonus bonus = inc.kpiTargetBonuses().get(i);
      String path = "incentives.kpiTargetBonuses[" + i + "]";
      if (!bonusKeys.add(bonus.key())) {
        error.accept(path + ".key", "duplicate KPI-target bonus '" + bonus.key() + "'");
      }
      for (int k = 0; k < bonus.kpis().size(); k++) {
        if (!kpiKeys.contains(bonus.kpis().get(k))) {
          error.accept(path + ".kpis[" + k + "]", "unknown KPI '" + bonus.kpis().get(k) + "'");
        }
      }
    }
  }

  /** Checks a member joining an existing contract: a known role and a new id. */
  public static List<FieldError> checkNewMember(Contract c, Contract.Member m, Set<String> existingIds) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> roleKeys = c.roles().stream().map(Contract.Role::key).collect(Collectors.toSet());
    knownRole(roleKeys, m.role(), "role", (f, msg) -> errors.add(new FieldError(f, msg)));
    if (existingIds.contains(m.id())) {
      errors.add(new FieldError("id", "member '" + m.id() + "' already belongs to the contract"));
    }
    return errors;
  }

  private static void knownRole(Set<String> roles, String role, String field, BiConsumer<String, String> error) {
    if (role != null && !roles.contains(role)) {
      error.accept(field, "unknown role '" + role + "'");
    }
  }

  private static void knownPhase(Set<String> phases, String phase, String field, BiConsumer<String, String> error) {
    if (phase != null && !phases.contains(phase)) {
      error.accept(field, "unknown phase '" + phase + "'");
    }
  }
}
