package io.skillgate.contract;

import io.skillgate.platform.Port;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.identity.VendorGroups;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.ConflictException;
import io.skillgate.platform.web.FieldError;
import io.skillgate.platform.web.InvalidInputException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contract intake and the contract's stage: the business rules behind {@link ContractController}. */
@Service
@Port
public class ContractService {

  private final ContractRepository contracts;
  private final VendorGroups vendorGroups;
  private final RuntimeService runtime;
  private final Clock clock;
  private final int maxPlanReturns;
  private final int planConfirmationDays;
  private final Validator validator;

  public ContractService(ContractRepository contracts, VendorGroups vendorGroups, RuntimeService runtime, Clock clock,
      @Value("${skillgate.plan.max-returns:3}") int maxPlanReturns,
      @Value("${skillgate.plan.confirmation-days:5}") int planConfirmationDays, Validator validator) {
    this.validator = validator;
    this.contracts = contracts;
    this.vendorGroups = vendorGroups;
    this.runtime = runtime;
    this.clock = clock;
    this.maxPlanReturns = maxPlanReturns;
    this.planConfirmationDays = planConfirmationDays;
  }

  /**
   * Every broken rule of a contract read from somewhere other than the JSON API (the intake
   * page's JSON, YAML and roster CSV): the same field annotations {@code @Valid} checks on the API,
   * then, when those hold, the same cross-field rules {@link #intake} applies. Fields are named as
   * the API names them ({@code members[3].email}).
   */
  public List<FieldError> problems(Contract contract) {
    List<FieldError> errors = validator.validate(contract).stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(java.util.Comparator.comparing(FieldError::field))
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    return errors.isEmpty() ? ContractRules.check(contract) : errors;
  }

  /**
   * Stores a valid contract and starts its programme, in one transaction: when anything fails,
   * nothing is stored and no process runs.
   */
  @Transactional
  public ContractSummary intake(Contract contract, SkillGateUser user) {
    List<FieldError> errors = ContractRules.check(contract);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (contracts.exists(contract.id())) {
      throw new ConflictException("contract '" + contract.id() + "' already exists");
    }
    vendorGroups.ensure(contract.vendor().group(), contract.vendor().name());
    contracts.insert(contract, ContractStage.PLAN_CONFIRMATION, user.id());
    contracts.recordEvent(contract.id(), user.id(), "REGISTERED", "contract registered");
    runtime.createProcessInstanceByKey(ContractVariables.PROCESS_KEY)
        .businessKey(contract.id())
        .setVariables(startVariables(contract))
        .execute();
    return contracts.find(contract.id()).orElseThrow();
  }

  private Map<String, Object> startVariables(Contract c) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProcessVariables.CONTRACT_ID.name(), c.id());
    v.put(ContractVariables.CONTRACT_TITLE, c.title() == null ? c.id() : c.title());
    v.put(ContractVariables.CLIENT_NAME, c.client().name());
    v.put(ContractVariables.VENDOR_NAME, c.vendor().name());
    v.put(ProcessVariables.VENDOR_GROUP.name(), c.vendor().group());
    v.put(ContractVariables.TEAM_SIZE, c.members().size());
    v.put(ContractVariables.CONTRACT_MONTHS, (int) ChronoUnit.MONTHS.between(c.startDate(), c.endDate().plusDays(1)));
    v.put(ContractVariables.PLAN_SUMMARY, PlanSummary.of(c));
    v.put(ContractVariables.PLAN_RETURNS.name(), 0);
    v.put(ContractVariables.MAX_PLAN_RETURNS, maxPlanReturns);
    v.put(ContractVariables.PLAN_CONFIRMATION_DUE,
        EngineClock.startOf(LocalDate.now(clock).plusDays(planConfirmationDays)));
    return v;
  }

  public void moveTo(String contractId, ContractStage stage, String detail) {
    contracts.updateStage(contractId, stage);
    contracts.recordEvent(contractId, null, stage.name(), detail);
  }
}
