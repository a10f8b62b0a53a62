package io.skillgate.handover;

import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.ContractStage;
import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.ContractVariables;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.security.ClientOnly;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.ConflictException;
import io.skillgate.platform.web.FieldError;
import io.skillgate.platform.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a contract early. In one transaction: records the notice, lets every feature close its
 * open work ({@link ContractTerminationParticipant}), moves the programme to its exit handover
 * (or starts the handover directly), and deletes every other process instance of the contract so
 * no task of its training or onboarding is left in Tasklist. Any failure changes nothing.
 */
@Service
public class TerminationService {

  static final String DELETE_REASON = "ended by termination";
  static final int MAX_REASON = 2000;
  private static final Set<ContractStage> ENDED = Set.of(ContractStage.EXIT_HANDOVER, ContractStage.CLOSED,
      ContractStage.WITHDRAWN);

  private final ContractJournal journal;
  private final HandoverRepository handovers;
  private final List<ContractTerminationParticipant> participants;
  private final RuntimeService runtime;
  private final Clock clock;

  public TerminationService(ContractJournal journal, HandoverRepository handovers,
      List<ContractTerminationParticipant> participants, RuntimeService runtime, Clock clock) {
    this.journal = journal;
    this.handovers = handovers;
    this.participants = participants;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * Client side only. The caller resolves the contract first ({@code ContractAccess.visible}), so
   * another vendor's contract is a 404 before this rule can answer 403.
   */
  @Transactional
  @ClientOnly
  public Termination terminate(ContractSummary contract, TerminationRequest request, SkillGateUser user) {
    String contractId = contract.id();
    LocalDate effective = validate(request, contract);
    if (handovers.termination(contractId).isPresent()) {
      throw new ConflictException("contract '" + contractId + "' has already been terminated");
    }
    if (ENDED.contains(contract.stage())) {
      throw new ConflictException("contract '" + contractId + "' is already in stage " + contract.stage()
          + "; it cannot be terminated");
    }
    String reason = request.reason().strip();
    Termination termination = new Termination(contractId, reason, effective, user.id(), clock.instant());
    handovers.insertTermination(termination);
    journal.recordEvent(contractId, user.id(), "TERMINATED", "effective " + effective + ": " + reason);

    for (ContractTerminationParticipant participant : participants) {
      participant.endByTermination(contractId, reason);
    }
    Date effectiveDate = EngineClock.startOf(effective);
    if (!moveProgrammeToHandover(contractId, reason, effectiveDate)) {
      deleteInstances(contractId, Set.of(HandoverVariables.PROCESS_KEY));
      runtime.createProcessInstanceByKey(HandoverVariables.PROCESS_KEY)
          .businessKey(contractId)
          .setVariables(Map.of(
              ProcessVariables.CONTRACT_ID.name(), contractId,
              ProcessVariables.VENDOR_GROUP.name(), contract.vendorGroup(),
              ProcessVariables.EFFECTIVE_END_DATE.name(), effectiveDate,
              HandoverVariables.TERMINATED, true))
          .execute();
    }
    return termination;
  }

  /**
   * Correlates {@code ContractTerminated} when the programme waits for it: the programme then
   * interrupts what it runs (and the instances it called) and calls the exit handover itself.
   * Instances of the contract still running after that are deleted. Returns false when no
   * programme waits for the message (its plan is not agreed yet, or it has already ended).
   */
  private boolean moveProgrammeToHandover(String contractId, String reason, Date effectiveDate) {
    List<String> waiting = runtime.createExecutionQuery()
        .processInstanceBusinessKey(contractId)
        .processDefinitionKey(ContractVariables.PROCESS_KEY)
        .messageEventSubscriptionName(HandoverVariables.TERMINATED_MESSAGE)
        .list().stream().map(e -> e.getProcessInstanceId()).distinct().toList();
    if (waiting.isEmpty()) {
      return false;
    }
    for (String programme : waiting) {
      runtime.createMessageCorrelation(HandoverVariables.TERMINATED_MESSAGE)
          .processInstanceId(programme)
          .setVariable(ProcessVariables.TERMINATION_REASON.name(), reason)
          .setVariable(ProcessVariables.EFFECTIVE_END_DATE.name(), effectiveDate)
          .correlateWithResult();
    }
    deleteInstances(contractId, Set.of(HandoverVariables.PROCESS_KEY, ContractVariables.PROCESS_KEY));
    return true;
  }

  /**
   * Deletes the contract's running root instances except those of the kept definitions; what
   * they called goes with them, and what the programme calls (the handover, the evaluation) stays
   * with the programme. Listeners run (skipCustomListeners false), so features that listen to
   * their own ends see the deletion.
   */
  private void deleteInstances(String contractId, Set<String> keep) {
    List<ProcessInstance> running = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(contractId)
        .rootProcessInstances()
        .processDefinitionKeyNotIn(keep.toArray(String[]::new))
        .list();
    for (ProcessInstance instance : running) {
      // A called instance may already have gone with its caller.
      if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        runtime.deleteProcessInstance(instance.getId(), DELETE_REASON, false, true);
      }
    }
  }

  /** 400 with every offending field; the effective date is today or later, and not after the end date. */
  private LocalDate validate(TerminationRequest request, ContractSummary contract) {
    List<FieldError> errors = new ArrayList<>();
    if (request == null) {
      throw new InvalidInputException("reason", "a body with reason and effectiveDate is required");
    }
    if (request.reason() == null || request.reason().isBlank()) {
      errors.add(new FieldError("reason", "is required"));
    } else if (request.reason().length() > MAX_REASON) {
      errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
    }
    LocalDate effective = request.effectiveDate();
    if (effective == null) {
      errors.add(new FieldError("effectiveDate", "is required"));
    } else if (effective.isBefore(LocalDate.now(clock))) {
      errors.add(new FieldError("effectiveDate", "must not be in the past"));
    } else if (effective.isAfter(contract.endDate())) {
      errors.add(new FieldError("effectiveDate", "must not be after the contract's end date " + contract.endDate()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return effective;
  }
}
