package io.skillgate.reporting;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ActingUser;
import static io.skillgate.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the vendor's submitted report (seed strategy 6: vendor progress reports and learner feedback). */
@Component
public class RecordProgressReportDelegate implements JavaDelegate {

  private final ReportingService reporting;

  public RecordProgressReportDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comments = execution.getVariable(REPORT_COMMENTS);
    reporting.recordSubmission((Long) execution.getVariable(PROGRESS_REPORT_ID),
        ProcessContract.of(execution), (String) execution.getVariable(KPI_VALUES),
        ProgressReportInputs.score(execution.getVariable(LEARNER_FEEDBACK)),
        comments == null ? null : comments.toString(), ActingUser.of(execution));
  }

}
