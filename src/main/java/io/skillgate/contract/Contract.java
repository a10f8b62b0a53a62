package io.skillgate.contract;

import io.skillgate.platform.Port;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's upskilling terms, as agreed between client and vendor: the JSON accepted by
 * {@code POST /api/contracts}. Field-level rules are annotations; rules that relate fields to each
 * other live in {@link ContractRules}.
 */
@Port
public record Contract(
    @NotBlank @Pattern(regexp = Contract.ID_PATTERN, message = "must be 1-64 letters, digits, '-', '_' or '.'")
        String id,
    @Size(max = 200) String title,
    @NotNull @Valid Party client,
    @NotNull @Valid Vendor vendor,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @NotNull ReportingFrequency reportingFrequency,
    @NotEmpty @Valid List<Phase> phases,
    @NotEmpty @Valid List<Role> roles,
    @Valid List<Competency> coreCompetencies,
    @Valid List<TrainingRequirement> trainingRequirements,
    @Valid List<CertificationTarget> certifications,
    @Valid List<ToolProficiency> toolProficiencies,
    @Valid List<Kpi> kpis,
    @Valid KnowledgeTransfer knowledgeTransfer,
    @NotNull @Valid Incentives incentives,
    @NotEmpty @Valid List<Member> members,
    @NotNull @Valid ExitTerms exit,
    /** Days before a task's due date its reminder notice is sent; null: skillgate.notices.reminder-lead-days. */
    @PositiveOrZero @Max(60) Integer reminderLeadDays) {

  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  /**
   * Names of parties and people are one line of text: they end up in mail headers and page titles,
   * where a line break (CR/LF) or another control character could start a forged header. (The title
   * is free text; the notice mails neutralise line breaks in it themselves.)
   */
  public static final String ONE_LINE = "[^\\p{Cntrl}]*";
  public static final String ONE_LINE_MESSAGE = "must be one line of text (no line breaks or control characters)";

  public enum ReportingFrequency { WEEKLY, MONTHLY }

  public enum Delivery { SELF_PACED, LIVE, ON_THE_JOB }

  public enum KpiDirection { HIGHER_IS_BETTER, LOWER_IS_BETTER }

  /** The client: the party whose reviewers approve milestones. */
  public record Party(
      @NotBlank @Size(max = 200) @Pattern(regexp = Contract.ONE_LINE, message = Contract.ONE_LINE_MESSAGE) String name,
      @Size(max = 200) @Pattern(regexp = Contract.ONE_LINE, message = Contract.ONE_LINE_MESSAGE) String unit) {}

  /** The vendor; {@code group} is the identity group whose members work the vendor's tasks. */
  public record Vendor(
      @NotBlank @Size(max = 200) @Pattern(regexp = Contract.ONE_LINE, message = Contract.ONE_LINE_MESSAGE) String name,
      @NotBlank @Pattern(regexp = "vendor-[a-z0-9-]{1,40}", message = "must look like vendor-<name> (lower case)")
          String group,
      @NotBlank @Email @Size(max = 254) String contactEmail) {}

  /** A project phase (strategy 5): phases run in the listed order. */
  public record Phase(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String key,
      @NotBlank @Size(max = 100) String name,
      @NotNull LocalDate startDate,
      LocalDate endDate,
      @Size(max = 500) String scope) {}

  /** A role in the vendor team, with the headcount planned at start and at most. */
  public record Role(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String key,
      @NotBlank @Size(max = 100) String name,
      @PositiveOrZero Integer plannedHeadcount) {}

  /** A core competency every role must master before the named phase ends (strategy 8). */
  public record Competency(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String key,
      @NotBlank @Size(max = 200) String name,
      @NotBlank String dueByEndOfPhase) {}

  /** Role- and phase-specific training (strategy 5), optionally with an assessment (strategy 6). */
  public record TrainingRequirement(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String module,
      @NotBlank @Size(max = 200) String name,
      @NotBlank String role,
      @NotBlank String beforePhase,
      Delivery delivery,
      @Valid Assessment assessment) {}

  /** An assessment of a module: pass mark (0..100), maximum attempts, kind. */
  public record Assessment(
      @NotBlank @Pattern(regexp = "QUIZ|TEST|PERFORMANCE_REVIEW") String kind,
      @NotNull @PositiveOrZero @Max(100) Integer passMark,
      @Positive @Max(10) Integer maxAttempts) {}

  /**
   * A certification a role must hold within a time after start (strategy 3). {@code bonus}: what
   * the vendor earns when a member reaches it (strategy 4), in the contract's currency; null means
   * the contract-wide {@link Incentives#certificationBonus}.
   */
  public record CertificationTarget(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String key,
      @NotBlank @Size(max = 200) String name,
      @NotBlank String role,
      @NotNull @Positive @Max(120) Integer withinMonths,
      @Positive @Max(20) Integer validityYears,
      @Positive @Max(365) Integer recertifyDaysAhead,
      @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal bonus) {

    /** A certification without a bonus of its own. */
    public CertificationTarget(String key, String name, String role, Integer withinMonths, Integer validityYears,
        Integer recertifyDaysAhead) {
      this(key, name, role, withinMonths, validityYears, recertifyDaysAhead, null);
    }
  }

  /** A tool a role must be proficient in, at a level 1..5, by a phase (strategy 3). */
  public record ToolProficiency(
      @NotBlank @Size(max = 100) String tool,
      @NotBlank String role,
      @NotNull @Positive @Max(5) Integer level,
      @NotBlank String byPhase) {}

  /** An operational KPI with baseline and target (strategies 3, 9). */
  public record Kpi(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String key,
      @NotBlank @Size(max = 200) String name,
      @Size(max = 20) String unit,
      BigDecimal baseline,
      @NotNull BigDecimal target,
      @NotNull KpiDirection direction) {}

  /** Knowledge transfer clauses (strategy 2). */
  public record KnowledgeTransfer(
      @Valid List<Document> documents,
      @Valid List<Workshop> workshops,
      @Valid Shadowing shadowing) {}

  public record Document(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String key,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 40) String version) {}

  public record Workshop(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String key,
      @NotBlank @Size(max = 200) String title,
      @NotBlank String phase) {}

  /** Each member of the listed roles shadows a named client handler for a number of days. */
  public record Shadowing(
      @NotNull @Positive @Max(60) Integer days,
      @NotEmpty List<@NotBlank String> roles) {}

  /**
   * Bonuses and penalties (strategy 4). {@code currency} is the one currency of every amount in
   * the contract (these, and each certification's {@code bonus}): an ISO 4217 code, checked
   * against the codes Java knows ({@link ContractRules}).
   */
  public record Incentives(
      @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
      @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal certificationBonus,
      @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal quarterlyOnTimeBonus,
      @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal missedMilestonePenalty,
      @PositiveOrZero @Max(365) Integer penaltyGraceDays,
      @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal penaltyCapPerQuarter,
      Boolean penaltyWaivable,
      @Valid List<KpiTargetBonus> kpiTargetBonuses) {

    /** Incentives without KPI-target bonuses. */
    public Incentives(String currency, BigDecimal certificationBonus, BigDecimal quarterlyOnTimeBonus,
        BigDecimal missedMilestonePenalty, Integer penaltyGraceDays, BigDecimal penaltyCapPerQuarter,
        Boolean penaltyWaivable) {
      this(currency, certificationBonus, quarterlyOnTimeBonus, missedMilestonePenalty, penaltyGraceDays,
          penaltyCapPerQuarter, penaltyWaivable, null);
    }

    public List<KpiTargetBonus> kpiTargetBonuses() {
      return kpiTargetBonuses == null ? List.of() : kpiTargetBonuses;
    }
  }

  /**
   * A bonus paid once per reporting period in which every named contract KPI meets its target
   * (strategies 3 and 4), judged when the client accepts that period's progress report.
   */
  public record KpiTargetBonus(
      @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String key,
      @NotEmpty List<@NotBlank String> kpis,
      @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amountPerPeriod) {}

  /** A vendor team member. {@code buddy} names the client handler they shadow. */
  public record Member(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String id,
      @NotBlank @Size(max = 200) @Pattern(regexp = Contract.ONE_LINE, message = Contract.ONE_LINE_MESSAGE) String name,
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank String role,
      @Size(max = 200) @Pattern(regexp = Contract.ONE_LINE, message = Contract.ONE_LINE_MESSAGE) String buddy) {}

  /** Exit terms (strategy 2: knowledge retention when the relationship ends). */
  public record ExitTerms(
      @NotNull @PositiveOrZero @Max(365) Integer noticePeriodDays,
      List<@NotBlank @Size(max = 200) String> materials,
      List<@NotBlank @Size(max = 200) String> recordings,
      @PositiveOrZero @Max(90) Integer reverseShadowingDays,
      List<@NotBlank @Size(max = 100) String> systemsToRevoke,
      @PositiveOrZero @Max(90) Integer revokeAccessWithinDays,
      List<@NotBlank @Size(max = 100) String> signOffBy,
      List<@NotBlank String> certificationRecords) {

    /** Exit terms that leave the certification records to the default (every certification). */
    public ExitTerms(Integer noticePeriodDays, List<String> materials, List<String> recordings,
        Integer reverseShadowingDays, List<String> systemsToRevoke, Integer revokeAccessWithinDays,
        List<String> signOffBy) {
      this(noticePeriodDays, materials, recordings, reverseShadowingDays, systemsToRevoke, revokeAccessWithinDays,
          signOffBy, null);
    }
  }

  public List<Competency> coreCompetencies() {
    return coreCompetencies == null ? List.of() : coreCompetencies;
  }

  public List<TrainingRequirement> trainingRequirements() {
    return trainingRequirements == null ? List.of() : trainingRequirements;
  }

  public List<CertificationTarget> certifications() {
    return certifications == null ? List.of() : certifications;
  }

  public List<ToolProficiency> toolProficiencies() {
    return toolProficiencies == null ? List.of() : toolProficiencies;
  }

  public List<Kpi> kpis() {
    return kpis == null ? List.of() : kpis;
  }

  /**
   * The bonus a member earns for reaching a certification: the certification's own amount, else
   * the contract-wide {@code certificationBonus} (also for a certification that an organisation-wide
   * rule requires and the contract does not list). Null when neither is set.
   */
  public BigDecimal certificationBonus(String certificationKey) {
    return certifications().stream().filter(c -> c.key().equals(certificationKey) && c.bonus() != null)
        .map(CertificationTarget::bonus).findFirst().orElse(incentives.certificationBonus());
  }

  /**
   * The certifications whose records the vendor hands over at exit: those named in
   * {@code exit.certificationRecords}, or every certification of the contract when the exit terms
   * name none ({@code []} asks for none).
   */
  public List<CertificationTarget> certificationRecordsAtExit() {
    List<String> named = exit.certificationRecords();
    if (named == null) {
      return certifications();
    }
    return certifications().stream().filter(c -> named.contains(c.key())).toList();
  }
}
