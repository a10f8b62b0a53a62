package io.skillgate.reporting;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ActingUser;
import static io.skillgate.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer accepted the report: its values count on the dashboard from now on. */
@Component
public class RecordReportAcceptedDelegate implements JavaDelegate {

  private final ReportingService reporting;

  public RecordReportAcceptedDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.recordReview((Long) execution.getVariable(PROGRESS_REPORT_ID), ProcessContract.of(execution),
        true, null, ActingUser.of(execution));
  }
}
