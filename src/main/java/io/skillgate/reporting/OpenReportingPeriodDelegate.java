package io.skillgate.reporting;

import io.skillgate.platform.engine.ProcessContract;
import static io.skillgate.reporting.ReportingVariables.*;

import io.skillgate.platform.security.SkillGateUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Opens the next reporting period (seed strategy 7: reports at a set frequency). */
@Component
public class OpenReportingPeriodDelegate implements JavaDelegate {

  private final ReportingService reporting;
  private final int reviewDays;

  public OpenReportingPeriodDelegate(ReportingService reporting,
      @Value("${skillgate.reporting.review-days:5}") int reviewDays) {
    this.reporting = reporting;
    this.reviewDays = reviewDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer previous = (Integer) execution.getVariable(REPORTING_PERIOD);
    ReportingService.Opening opening = reporting.openPeriod(ProcessContract.of(execution),
        previous == null ? 0 : previous);
    ReportingPeriod period = opening.period();
    execution.setVariable(REPORTING_PERIOD, period.number());
    execution.setVariable(PERIOD_LABEL, "Period " + period.number() + ": " + period.start() + " to " + period.end());
    execution.setVariable(PERIOD_ENDS_AT, opening.endsAt());
    execution.setVariable(REPORT_DUE, opening.due());
    execution.setVariable(PROGRESS_REPORT_ID, opening.reportId());
    execution.setVariable(KPI_VALUES, opening.kpiTemplate());
    execution.setVariable(REPORT_REVIEWER_GROUP, SkillGateUser.REVIEWER_GROUP);
    execution.setVariable(REPORT_REVIEW_DAYS, reviewDays);
    execution.setVariable(MORE_REPORTING_PERIODS, !opening.last());
    execution.setVariable(REPORT_LATE, false);
    // A new period starts with a clean form.
    execution.removeVariable(LEARNER_FEEDBACK);
    execution.removeVariable(REPORT_COMMENTS);
    execution.removeVariable(REVIEW_DECISION);
    execution.removeVariable(QUERY_REASON);
  }
}
