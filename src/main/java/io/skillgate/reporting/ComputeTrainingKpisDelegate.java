package io.skillgate.reporting;

import io.skillgate.platform.engine.ProcessContract;
import static io.skillgate.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the period's training KPIs and the summary the reviewer reads (seed strategies 7 and 9). */
@Component
public class ComputeTrainingKpisDelegate implements JavaDelegate {

  private final ReportingService reporting;

  public ComputeTrainingKpisDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_SUMMARY, reporting.computePeriodKpis((Long) execution.getVariable(PROGRESS_REPORT_ID),
        ProcessContract.of(execution)));
  }
}
