package io.skillgate.handover;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Draws up the handover checklist from the contract's exit terms and sets the model's deadlines. */
@Component
public class PrepareHandoverChecklistDelegate implements JavaDelegate {

  private final HandoverService handovers;
  private final ZoneId zone;
  private final int reviewDays;

  public PrepareHandoverChecklistDelegate(HandoverService handovers, Clock clock,
      @Value("${skillgate.handover.review-days:5}") int reviewDays) {
    this.handovers = handovers;
    this.zone = clock.getZone();
    this.reviewDays = reviewDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date end = ProcessVariables.EFFECTIVE_END_DATE.get(execution);
    boolean terminated = Boolean.TRUE.equals(execution.getVariable(HandoverVariables.TERMINATED));
    Handover h = handovers.prepare(ProcessContract.of(execution),
        end.toInstant().atZone(zone).toLocalDate(), terminated, reviewDays);
    execution.setVariable(HandoverVariables.ITEMS_DUE, date(h.itemsDue()));
    execution.setVariable(HandoverVariables.SIGN_OFF_DUE, date(h.signOffDue()));
    execution.setVariable(HandoverVariables.REVOKE_ACCESS_DUE, date(h.revokeAccessDue()));
    execution.setVariable(HandoverVariables.REVIEW_DAYS, reviewDays);
  }

  private Date date(LocalDate day) {
    return EngineClock.startOf(day);
  }
}
