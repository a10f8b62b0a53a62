package io.skillgate.reporting;

import static io.skillgate.reporting.ReportingVariables.*;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.TaskInputs;
import java.math.BigDecimal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Checks the vendor's report form when the task is completed, so a bad report is refused (400
 * through REST, an error in Tasklist) and the task stays open, instead of failing after it:
 * {@code ${progressReportInputs.check(task)}}.
 */
@Component("progressReportInputs")
public class ProgressReportInputs {

  private final ReportingService reporting;

  public ProgressReportInputs(ReportingService reporting) {
    this.reporting = reporting;
  }

  public void check(DelegateTask task) {
    Object text = task.getVariable(KPI_VALUES);
    KpiValuesText.Parsed parsed = reporting.parseValues(ProcessContract.of(task),
        text == null ? null : text.toString());
    if (!parsed.ok()) {
      throw new BadUserRequestException(KPI_VALUES + ": " + String.join("; ", parsed.problems()));
    }
    BigDecimal score = score(task.getVariable(LEARNER_FEEDBACK));
    if (score == null || score.compareTo(BigDecimal.ONE) < 0 || score.compareTo(BigDecimal.valueOf(5)) > 0) {
      throw new BadUserRequestException(LEARNER_FEEDBACK + " must be a score from 1 to 5");
    }
    TaskInputs.limitedText(task, REPORT_COMMENTS, REPORT_COMMENTS, 2000);
  }

  /** A form's number arrives as Long, Double or text; null when it is none of these. */
  static BigDecimal score(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
