package io.skillgate.contract;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Sets up the programme once the plan is agreed: the active members to onboard (one called
 * onboarding per member), when the exit handover starts (the notice period before the end
 * date), and the stage. A termination later replaces the end date and gives a reason.
 */
@Component
public class PrepareProgrammeDelegate implements JavaDelegate {

  private final ContractRepository contracts;
  private final ContractService service;

  public PrepareProgrammeDelegate(ContractRepository contracts, ContractService service) {
    this.contracts = contracts;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String contractId = ProcessContract.of(execution);
    List<String> memberIds = new ArrayList<>(contracts.members(contractId).stream()
        .filter(TeamMember::isActive).map(TeamMember::memberId).toList());
    // A JSON list, not a Java-serialized one: Java serialization is switched off.
    execution.setVariable(ContractVariables.MEMBER_IDS,
        Variables.objectValue(memberIds).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    Contract terms = contracts.findTerms(contractId).orElseThrow();
    ProcessVariables.EFFECTIVE_END_DATE.set(execution, EngineClock.startOf(terms.endDate()));
    execution.setVariable(ContractVariables.EXIT_HANDOVER_START,
        EngineClock.startOf(terms.endDate().minusDays(terms.exit().noticePeriodDays())));
    ProcessVariables.TERMINATION_REASON.set(execution, null);
    service.moveTo(contractId, ContractStage.ONBOARDING, memberIds.size() + " member(s) to onboard");
  }
}
