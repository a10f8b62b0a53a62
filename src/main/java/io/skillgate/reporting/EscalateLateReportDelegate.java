package io.skillgate.reporting;

import io.skillgate.platform.engine.ProcessContract;
import static io.skillgate.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The report was not submitted by its due date: the report is marked late for good (it shows on
 * the dashboard and in the reviewer's summary), the audit trail records the escalation, and the
 * vendor's open task is raised to high priority so it tops the vendor's Tasklist.
 */
@Component
public class EscalateLateReportDelegate implements JavaDelegate {

  static final int ESCALATED_PRIORITY = 90;

  private final ReportingService reporting;

  public EscalateLateReportDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.recordLate((Long) execution.getVariable(PROGRESS_REPORT_ID), ProcessContract.of(execution));
    execution.setVariable(REPORT_LATE, true);
    var tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("UserTask_SubmitProgressReport").list()
        .forEach(t -> tasks.setPriority(t.getId(), ESCALATED_PRIORITY));
  }
}
