package io.skillgate.reporting;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ActingUser;
import static io.skillgate.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer queried the report: recorded, and the vendor gets a new due date to resubmit. */
@Component
public class RecordReportQueriedDelegate implements JavaDelegate {

  private final ReportingService reporting;

  public RecordReportQueriedDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.recordReview((Long) execution.getVariable(PROGRESS_REPORT_ID), ProcessContract.of(execution),
        false, (String) execution.getVariable(QUERY_REASON), ActingUser.of(execution));
    execution.setVariable(REPORT_DUE, reporting.resubmissionDue());
  }
}
