package io.skillgate.training;

import io.skillgate.contract.ContractJournal;
import io.skillgate.handover.ContractTerminationParticipant;
import io.skillgate.onboarding.MemberLeftEvent;
import io.skillgate.platform.engine.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends training work that can no longer be done: every open milestone of a terminated contract,
 * and the open milestones of a member who left (whose milestone processes are ended too, so the
 * phase gate does not wait for them). Ended milestones stay on record with the reason.
 */
@Component
class TrainingEndings implements ContractTerminationParticipant {

  static final String MEMBER_LEFT = "member left the team";

  private final MilestoneRepository milestones;
  private final ContractJournal journal;
  private final RuntimeService runtime;
  private final Clock clock;

  TrainingEndings(MilestoneRepository milestones, ContractJournal journal, RuntimeService runtime, Clock clock) {
    this.milestones = milestones;
    this.journal = journal;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public void endByTermination(String contractId, String reason) {
    int ended = endOpen(contractId, null, "ended by termination: " + reason);
    journal.recordEvent(contractId, null, "MILESTONES_ENDED", ended + " open milestone(s) ended by termination");
  }

  /** Runs in the transaction of the departure, so the roster and the milestones change together. */
  @EventListener
  void memberLeft(MemberLeftEvent event) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processDefinitionKey(TrainingVariables.MILESTONE_PROCESS_KEY)
        .processInstanceBusinessKey(event.contractId())
        .variableValueEquals(ProcessVariables.MEMBER_ID.name(), event.memberId())
        .list()) {
      runtime.deleteProcessInstance(instance.getId(), MEMBER_LEFT, false, true);
    }
    int ended = endOpen(event.contractId(), event.memberId(), MEMBER_LEFT + ": " + event.reason());
    if (ended > 0) {
      journal.recordEvent(event.contractId(), event.actor(), "MILESTONES_ENDED",
          ended + " open milestone(s) of " + event.memberId() + " ended: " + MEMBER_LEFT);
    }
  }

  private int endOpen(String contractId, String memberId, String note) {
    LocalDate today = LocalDate.now(clock);
    int ended = 0;
    for (Milestone m : milestones.ofContract(contractId)) {
      if (m.status() == MilestoneStatus.OPEN && (memberId == null || memberId.equals(m.memberId()))
          && milestones.close(m.id(), MilestoneStatus.ENDED, today, note)) {
        ended++;
      }
    }
    return ended;
  }
}
