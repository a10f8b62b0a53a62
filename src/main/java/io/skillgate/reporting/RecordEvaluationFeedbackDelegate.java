package io.skillgate.reporting;

import static io.skillgate.reporting.ReportingVariables.*;

import io.skillgate.contract.ContractJournal;
import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores both parties' feedback on the upskilling programme; the evaluation summary includes it from then on. */
@Component
public class RecordEvaluationFeedbackDelegate implements JavaDelegate {

  private final ReportingRepository reports;
  private final ContractJournal journal;

  public RecordEvaluationFeedbackDelegate(ReportingRepository reports, ContractJournal journal) {
    this.reports = reports;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String contractId = ProcessContract.of(execution);
    reports.saveFeedback(contractId, "VENDOR", rating(execution.getVariable(VENDOR_RATING)),
        String.valueOf(execution.getVariable(VENDOR_FEEDBACK)), null);
    reports.saveFeedback(contractId, "CLIENT", rating(execution.getVariable(CLIENT_RATING)),
        String.valueOf(execution.getVariable(CLIENT_FEEDBACK)), null);
    journal.recordEvent(contractId, null, "CONTRACT_EVALUATED", "both parties gave their feedback on the programme");
  }

  private static int rating(Object value) {
    return ((Number) value).intValue();
  }
}
