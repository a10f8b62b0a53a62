package io.skillgate.admin;

import io.skillgate.admin.InstanceSubjects.InstanceSubject;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.platform.web.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a stuck instance to a chosen step of its own version (Camunda's process instance
 * modification, which Cockpit offers only in the enterprise edition): the new step is started
 * first, then every step the instance waited at is cancelled, so the instance never ends on the
 * way. The admin's reason goes into the engine's operation log (annotation) and the contract's
 * history, where reviewers and vendors read what happened to their contract.
 */
@Service
public class InstanceModification {

  static final int MAX_REASON = 500;

  private final RuntimeService runtime;
  private final ProcessSteps steps;
  private final InstanceSubjects subjects;
  private final Contracts contracts;
  private final ContractJournal journal;

  public InstanceModification(RuntimeService runtime, ProcessSteps steps, InstanceSubjects subjects,
      Contracts contracts, ContractJournal journal) {
    this.runtime = runtime;
    this.steps = steps;
    this.subjects = subjects;
    this.contracts = contracts;
    this.journal = journal;
  }

  @Transactional
  public InstanceMoveResult move(String processInstanceId, InstanceMove move, String admin) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new NotFoundException("no running process instance " + processInstanceId);
    }
    if (move == null || move.reason() == null || move.reason().isBlank()) {
      throw new InvalidInputException("reason", "say why the instance is moved (it is kept in the contract's history)");
    }
    if (move.reason().length() > MAX_REASON) {
      throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
    }
    String definitionId = instance.getProcessDefinitionId();
    if (move.activityId() == null || !steps.activities(definitionId).containsKey(move.activityId())) {
      throw new InvalidInputException("activityId", "names no step of this instance's version");
    }
    List<String> before = steps.waitingAt(processInstanceId);
    InstanceSubject subject = subjects.of(processInstanceId, instance.getBusinessKey());
    String reason = move.reason().trim();

    ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(move.activityId());
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    cancelLeaves(tree, modification);
    modification.setAnnotation(reason).execute();

    List<String> from = before.stream().map(a -> steps.label(definitionId, a)).toList();
    String to = steps.label(definitionId, move.activityId());
    if (subject.contractId() != null && contracts.exists(subject.contractId())) {
      journal.recordEvent(subject.contractId(), admin, "PROCESS_INSTANCE_MOVED", instance.getProcessDefinitionId()
          .split(":")[0] + " of " + subject.subject() + " moved from " + String.join(", ", from) + " to " + to
          + ": " + reason);
    }
    List<String> after = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
        ? List.of() : steps.waitingAt(processInstanceId).stream().map(a -> steps.label(definitionId, a)).toList();
    return new InstanceMoveResult(processInstanceId, subject.contractId(), subject.subject(), from, after, reason);
  }

  /** Cancels the innermost activity and transition instances: the steps the instance waits at. */
  private static void cancelLeaves(ActivityInstance instance, ProcessInstanceModificationBuilder modification) {
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      modification.cancelTransitionInstance(transition.getId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        modification.cancelActivityInstance(child.getId());
      } else {
        cancelLeaves(child, modification);
      }
    }
  }
}
