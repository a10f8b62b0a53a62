package io.skillgate.reporting;

import static io.skillgate.reporting.ReportingVariables.*;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.security.SkillGateUser;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes the end-of-contract KPI summary both parties comment on. */
@Component
public class SummariseContractKpisDelegate implements JavaDelegate {

  private final TrainingEvaluation evaluation;
  private final Clock clock;
  private final int feedbackDays;

  public SummariseContractKpisDelegate(TrainingEvaluation evaluation, Clock clock,
      @Value("${skillgate.reporting.evaluation-feedback-days:10}") int feedbackDays) {
    this.evaluation = evaluation;
    this.clock = clock;
    this.feedbackDays = feedbackDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(EVALUATION_SUMMARY,
        String.join("\n", evaluation.summaryLines(ProcessContract.of(execution))));
    execution.setVariable(REPORT_REVIEWER_GROUP, SkillGateUser.REVIEWER_GROUP);
    execution.setVariable(EVALUATION_DUE,
        EngineClock.startOf(LocalDate.now(clock).plusDays(feedbackDays)));
  }
}
