package io.skillgate.intake;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractAccess;
import io.skillgate.contract.ContractRules;
import io.skillgate.contract.ContractService;
import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import io.skillgate.onboarding.OnboardingService;
import io.skillgate.platform.security.ClientOnly;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.FieldError;
import io.skillgate.platform.web.ForbiddenException;
import io.skillgate.platform.web.InvalidInputException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract intake for people: terms as JSON or YAML, the team as roster CSV. Nothing here judges a
 * contract itself: the terms and roster become the same {@link Contract} the API takes, checked by
 * {@link ContractService#problems} and registered by {@link ContractService#intake}; members added
 * later go through {@link OnboardingService#join}, one by one, in one transaction.
 */
@Service
public class IntakeService {

  static final String VENDOR_STAFFS_THE_TEAM = "the vendor staffs the team: only the contract's vendor (or an admin)"
      + " adds members to it";

  private final TermsReader reader;
  private final ContractService service;
  private final Contracts contracts;
  private final ContractAccess access;
  private final OnboardingService onboarding;
  private final Validator validator;

  public IntakeService(TermsReader reader, ContractService service, Contracts contracts, ContractAccess access,
      OnboardingService onboarding, Validator validator) {
    this.reader = reader;
    this.service = service;
    this.contracts = contracts;
    this.access = access;
    this.onboarding = onboarding;
    this.validator = validator;
  }

  /** Checks terms (and roster) without storing anything: every problem at once, or what would be registered. */
  @ClientOnly
  public IntakePreview check(String termsText, String rosterCsv) {
    Contract contract = contract(termsText, rosterCsv);
    return IntakePreview.of(contract);
  }

  /** Checks, then registers the contract and starts its programme, exactly as {@code POST /api/contracts}. */
  @ClientOnly
  @Transactional
  public ContractSummary register(String termsText, String rosterCsv, SkillGateUser user) {
    return service.intake(contract(termsText, rosterCsv), user);
  }

  private Contract contract(String termsText, String rosterCsv) {
    TermsReader.Terms terms = reader.read(termsText);
    Contract contract = terms.contract();
    boolean rosterGiven = rosterCsv != null && !rosterCsv.isBlank();
    if (rosterGiven) {
      if (contract.members() != null && !contract.members().isEmpty()) {
        throw new InvalidInputException(List.of(new FieldError("members", TermsReader.withLine(
            "the team is given twice: leave members out of the terms when you upload a roster", terms.lineOf("members")))));
      }
      contract = withMembers(contract, RosterCsv.read(rosterCsv));
    }
    List<FieldError> problems = new ArrayList<>(service.problems(contract));
    if (problems.isEmpty() && contracts.exists(contract.id())) {
      problems.add(new FieldError("id", "a contract '" + contract.id() + "' is already registered"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream()
          .map(e -> rosterGiven && e.field().startsWith("members[") ? RosterCsv.asRosterCell(e)
              : new FieldError(e.field(), TermsReader.withLine(e.message(), terms.lineOf(e.field()))))
          .toList());
    }
    return contract;
  }

  /**
   * Adds the members of a roster CSV to a running contract: the vendor's action, as adding one
   * member is. Every row is checked first (field rules, known role, new id, no id twice in the
   * file) and all problems are answered together; then all join, or none.
   */
  @Transactional
  public List<TeamMember> addRoster(String contractId, String rosterCsv, SkillGateUser user) {
    ContractSummary contract = access.visible(user, contractId);
    if (!user.isAdmin() && !user.belongsTo(contract.vendorGroup())) {
      throw new ForbiddenException(VENDOR_STAFFS_THE_TEAM);
    }
    List<Contract.Member> members = RosterCsv.read(rosterCsv);
    Contract terms = contracts.findTerms(contractId).orElseThrow();
    Set<String> existing = contracts.members(contractId).stream().map(TeamMember::memberId).collect(Collectors.toSet());
    List<FieldError> problems = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Contract.Member m = members.get(i);
      String prefix = "members[" + i + "].";
      validator.validate(m).forEach(v -> problems.add(new FieldError(prefix + v.getPropertyPath(), v.getMessage())));
      ContractRules.checkNewMember(terms, m, existing)
          .forEach(e -> problems.add(new FieldError(prefix + e.field(), e.message())));
      Integer earlier = m.id() == null ? null : firstRow.putIfAbsent(m.id(), RosterCsv.rowOf(i));
      if (earlier != null) {
        problems.add(new FieldError(prefix + "id", "id '" + m.id() + "' is on row " + earlier + " too"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().map(RosterCsv::asRosterCell).toList());
    }
    return members.stream().map(m -> onboarding.join(user, contractId, m)).toList();
  }

  private static Contract withMembers(Contract c, List<Contract.Member> members) {
    return new Contract(c.id(), c.title(), c.client(), c.vendor(), c.startDate(), c.endDate(), c.reportingFrequency(),
        c.phases(), c.roles(), c.coreCompetencies(), c.trainingRequirements(), c.certifications(),
        c.toolProficiencies(), c.kpis(), c.knowledgeTransfer(), c.incentives(), members, c.exit(), c.reminderLeadDays());
  }
}
