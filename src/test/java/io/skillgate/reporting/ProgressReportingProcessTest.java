package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.skillgate.contract.ContractRepository;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ProgressReportingProcessIds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through ProgressReportingProcess: on time, late and escalated, queried and
 * resubmitted, refused input, and the last period ending the cycle. The demo contract reports
 * monthly from 1 February 2027, so period 1 ends on 28 February and its report is due on 5 March.
 */
@SkillGateTest
class ProgressReportingProcessTest {

  static final String GOOD_VALUES = "csat = 80\nerror-rate = 4.1\naht = 40\nfcr = 63\n";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ContractRepository contracts;
  @Autowired ReportingRepository reports;
  @Autowired Api api;

  String id;
  ProcessInstance reporting;

  @BeforeEach
  void registerContractAndStartReporting() {
    id = Fixtures.uniqueId("RPT");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    reporting = runtime.startProcessInstanceByKey(ReportingVariables.PROCESS_KEY, id,
        Map.of(ProcessVariables.CONTRACT_ID.name(), id, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP));
  }

  @Test
  void reportSubmittedOnTimeAndAccepted() {
    assertThat(reporting).isWaitingAt(ProgressReportingProcessIds.INTERMEDIATE_CATCH_EVENT_REPORTING_PERIOD_ENDED);
    assertThat(reports.report(id, 1).orElseThrow().status()).isEqualTo(ProgressReport.Status.AWAITED);
    assertThat(timer().getDuedate()).isEqualTo(midnight(LocalDate.of(2027, 3, 1)));

    endPeriod();
    assertThat(reporting).isWaitingAt(ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT);
    assertThat(task(reporting)).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(task(reporting).getDueDate()).isEqualTo(midnight(LocalDate.of(2027, 3, 5)));
    assertThat((String) runtime.getVariable(reporting.getId(), "kpiValues"))
        .as("prefilled with the reported KPIs; training-on-time and first-attempt-pass are computed")
        .isEqualTo("csat = \nerror-rate = \naht = \nfcr = \n");

    submit(GOOD_VALUES, 4.5);
    assertThat(reporting).hasPassed(ProgressReportingProcessIds.SERVICE_TASK_RECORD_PROGRESS_REPORT, ProgressReportingProcessIds.SERVICE_TASK_COMPUTE_TRAINING_KPIS)
        .isWaitingAt(ProgressReportingProcessIds.USER_TASK_REVIEW_PROGRESS_REPORT);
    assertThat(task(reporting)).hasCandidateGroup("reviewers");
    assertThat((String) runtime.getVariable(reporting.getId(), "reportSummary"))
        .contains("Period 1: 2027-02-01 to 2027-02-28", "Customer satisfaction: 80 % (78 -> 85)",
            "Learner feedback: 4.5", "completion: no items", "net 0 EUR")
        .doesNotContain("submitted late");

    tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "accept"));

    assertThat(reporting).hasPassed(ProgressReportingProcessIds.SERVICE_TASK_RECORD_REPORT_ACCEPTED)
        .isWaitingAt(ProgressReportingProcessIds.INTERMEDIATE_CATCH_EVENT_REPORTING_PERIOD_ENDED);
    assertThat(runtime.getVariable(reporting.getId(), "reportingPeriod")).isEqualTo(2);
    ProgressReport first = reports.report(id, 1).orElseThrow();
    assertThat(first.status()).isEqualTo(ProgressReport.Status.ACCEPTED);
    assertThat(first.late()).isFalse();
    assertThat(first.values()).containsKeys("csat", "error-rate", "aht", "fcr");
    assertThat(first.values().get("error-rate")).isEqualByComparingTo("4.1");
    assertThat(first.learnerFeedback()).isEqualByComparingTo("4.5");
    assertThat(reports.snapshots(id)).containsKey(1);
    assertThat(contracts.events(id)).extracting(e -> e.kind())
        .contains("REPORTING_PERIOD_OPENED", "PROGRESS_REPORT_SUBMITTED", "PROGRESS_REPORT_ACCEPTED");
  }

  @Test
  void lateReportIsEscalatedAndStillExpected() {
    endPeriod();
    Job overdue = timer();
    assertThat(overdue.getDuedate()).isEqualTo(midnight(LocalDate.of(2027, 3, 5)));

    management.executeJob(overdue.getId());

    assertThat(reporting).hasPassed(ProgressReportingProcessIds.SERVICE_TASK_ESCALATE_LATE_REPORT, ProgressReportingProcessIds.END_EVENT_LATE_REPORT_ESCALATED)
        .isWaitingAt(ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT);
    assertThat(task(reporting).getPriority()).isEqualTo(EscalateLateReportDelegate.ESCALATED_PRIORITY);
    assertThat(reports.report(id, 1).orElseThrow().late()).isTrue();
    assertThat(contracts.events(id)).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("PROGRESS_REPORT_OVERDUE");
      assertThat(e.detail()).contains("period 1", "2027-03-05");
    });

    submit(GOOD_VALUES, 3);
    assertThat((String) runtime.getVariable(reporting.getId(), "reportSummary")).contains("(submitted late)");
    tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "accept"));
    assertThat(reports.report(id, 1).orElseThrow().late()).as("late stays on record").isTrue();
  }

  @Test
  void queriedReportIsResubmittedWithANewDueDate() {
    endPeriod();
    submit(GOOD_VALUES, 4);
    tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "query", "queryReason", "csat looks too high"));

    assertThat(reporting).hasPassed(ProgressReportingProcessIds.SERVICE_TASK_RECORD_REPORT_QUERIED).isWaitingAt(ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT);
    assertThat(reports.report(id, 1).orElseThrow().status()).isEqualTo(ProgressReport.Status.QUERIED);
    assertThat(reports.report(id, 1).orElseThrow().queryReason()).isEqualTo("csat looks too high");
    assertThat(task(reporting).getDueDate()).as("three days to resubmit").isEqualTo(midnight(LocalDate.now().plusDays(3)));

    submit("csat = 79.5\nerror-rate = 4.1\naht = 40\nfcr = 63", 4);
    tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "accept"));

    ProgressReport report = reports.report(id, 1).orElseThrow();
    assertThat(report.status()).isEqualTo(ProgressReport.Status.ACCEPTED);
    assertThat(report.submissions()).isEqualTo(2);
    assertThat(report.values().get("csat")).isEqualByComparingTo("79.5");
    assertThat(reporting).isWaitingAt(ProgressReportingProcessIds.INTERMEDIATE_CATCH_EVENT_REPORTING_PERIOD_ENDED);
  }

  @Test
  void incompleteReportIsRefusedAndTheTaskStaysOpen() {
    endPeriod();
    String submitTask = task(reporting).getId();

    assertThatThrownBy(() -> tasks.complete(submitTask, vars("csat = 80\nerror-rate = x\nspeed = 3", 4)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("'speed' is not a KPI of this contract")
        .hasMessageContaining("error-rate must be a number")
        .hasMessageContaining("fcr is missing");
    assertThatThrownBy(() -> tasks.complete(submitTask, vars(GOOD_VALUES, 7)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("learnerFeedback: must be from 1 to 5");

    assertThat(reporting).isWaitingAt(ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT);
    assertThat(reports.report(id, 1).orElseThrow().submissions()).isZero();
  }

  /** A user's mistake is answered (400) and logged as one WARN line: no ERROR, no engine stack trace. */
  @Test
  void aBadKpiLineThroughRestIsA400AndOneWarnLine() {
    endPeriod();
    String submitTask = task(reporting).getId();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    Api.Response r;
    try {
      r = api.post(TestSupport.VENDOR_A, "/engine-rest/task/" + submitTask + "/submit-form",
          "{\"variables\": {\"kpiValues\": {\"value\": \"csat = 80\\nspeed = 3\", \"type\": \"String\"},"
              + " \"learnerFeedback\": {\"value\": 4, \"type\": \"Long\"},"
              + " \"reportComments\": {\"value\": \"ok\", \"type\": \"String\"}}}");
    } finally {
      root.detachAppender(log);
    }

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("'speed' is not a KPI of this contract");
    assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).as("errors").isEmpty();
    List<ILoggingEvent> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    assertThat(warnings).as("warnings").hasSize(1);
    assertThat(warnings.get(0).getThrowableProxy()).as("stack trace").isNull();
    assertThat(warnings.get(0).getFormattedMessage()).doesNotContain("\n").contains("'speed' is not a KPI");
    assertThat(reporting).isWaitingAt(ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT);
  }

  @Test
  void reviewWithoutADecisionOrReasonIsRefused() {
    endPeriod();
    submit(GOOD_VALUES, 4);
    String review = task(reporting).getId();

    assertThatThrownBy(() -> tasks.complete(review, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reviewDecision must be one of");
    assertThatThrownBy(() -> tasks.complete(review, Map.of("reviewDecision", "query")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("queryReason is required");
    // Longer than the form's limit (and the column's): refused (Tasklist names the field by its label), nothing recorded.
    assertThatThrownBy(() -> tasks.complete(review, Map.of("reviewDecision", "query", "queryReason", "x".repeat(2001))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("queryReason: must be at most 2000 characters");
    assertThat(task(reporting).getId()).as("the review is still open").isEqualTo(review);
    assertThat(reports.report(id, 1).orElseThrow().queryReason()).isNull();
  }

  @Test
  void cycleEndsAfterTheLastPeriod() {
    for (int period = 1; period <= 24; period++) {
      assertThat(runtime.getVariable(reporting.getId(), "reportingPeriod")).isEqualTo(period);
      endPeriod();
      submit(GOOD_VALUES, 4);
      tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "accept"));
    }

    assertThat(reporting).isEnded().hasPassed(ProgressReportingProcessIds.END_EVENT_REPORTING_COMPLETED);
    assertThat(reports.reports(id)).hasSize(24).allMatch(r -> r.status() == ProgressReport.Status.ACCEPTED);
    assertThat(reports.report(id, 24).orElseThrow().periodEnd()).isEqualTo(LocalDate.of(2029, 1, 31));
  }

  private void endPeriod() {
    management.executeJob(timer().getId());
  }

  private void submit(String values, Number learnerFeedback) {
    tasks.complete(task(reporting).getId(), vars(values, learnerFeedback));
  }

  private static Map<String, Object> vars(String values, Number learnerFeedback) {
    Map<String, Object> v = new HashMap<>();
    v.put("kpiValues", values);
    v.put("learnerFeedback", learnerFeedback);
    v.put("reportComments", "two agents joined late");
    return v;
  }

  private Job timer() {
    return management.createJobQuery().processInstanceId(reporting.getId()).timers().singleResult();
  }

  private static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
