package io.skillgate.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.TestSupport;
import io.skillgate.training.TrainingVariables;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives one contract from intake to its end through the public API and services, as the people
 * would: every open task is completed with a valid answer, every async continuation runs, and when
 * only timers are left the next one in the contract's life fires (one reporting period, the exit
 * notice, the contract's end). Counts statements per task kind along the way.
 */
final class ContractDriver {

  /** Timers fired when nothing else is left, in the order of a contract's life, each at most this often. */
  private static final Map<String, Integer> TIMERS = new java.util.LinkedHashMap<>(Map.of(
      "IntermediateCatchEvent_ReportingPeriodEnded", 1,
      "BoundaryEvent_ExitNoticeReached", 1,
      "IntermediateCatchEvent_ContractEndReached", 1));

  static final String NOTICE_DELIVERY = "skillgate-deliver-notice";

  private final Api api;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final SqlCounter sql;
  private final JdbcClient jdbc;

  ContractDriver(Api api, RuntimeService runtime, TaskService tasks, ManagementService management, SqlCounter sql,
      JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.api = api;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.sql = sql;
  }

  /** What one task kind cost: completions, and statements of the completion plus the jobs it left. */
  static final class TaskCost {
    long completed;
    long statements;
    /** Time of the work only, as {@link Work} measures it. */
    long nanos;

    double statementsEach() {
      return completed == 0 ? 0 : (double) statements / completed;
    }

    double millisEach() {
      return completed == 0 ? 0 : nanos / 1e6 / completed;
    }
  }

  /**
   * failure: null when the contract reached its end, else where and why it stopped (the figures are up to
   * there). nanos and statements are those of the work only (see {@link Work}).
   */
  record Run(String contractId, int members, long userTasks, long statements, long nanos, long notices,
      Map<String, TaskCost> byTask, String failure) {
    double tasksPerSecond() {
      return userTasks / (nanos / 1e9);
    }
  }

  Run drive(ObjectNode contract) {
    String id = contract.get("id").asText();
    int members = contract.get("members").size();
    Map<String, TaskCost> byTask = new TreeMap<>();
    Map<String, Integer> timerBudget = new HashMap<>(TIMERS);
    Work work = new Work(sql);
    long statementsBefore = sql.total();
    long notices = 0;
    Api.Response created = work.measured(() -> api.post(TestSupport.REVIEWER, "/api/contracts", contract));
    if (created.status() != 201) {
      throw new IllegalStateException("intake refused the generated contract: " + created);
    }
    long userTasks = 0;
    String failure = null;
    try {
      while (runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count() > 0) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(id).list();
        for (Task t : open) {
          long before = sql.total();
          long nanosBefore = work.nanos();
          try {
            complete(t, work);
            runJobs(work);
          } catch (ProcessEngineException e) {
            throw new ProcessEngineException("at " + t.getTaskDefinitionKey() + ": " + rootMessage(e), e);
          }
          TaskCost cost = byTask.computeIfAbsent(t.getTaskDefinitionKey(), k -> new TaskCost());
          cost.completed++;
          cost.statements += sql.total() - before;
          cost.nanos += work.nanos() - nanosBefore;
          userTasks++;
          notices += discardQueuedNotices();
        }
        if (open.isEmpty() && !runJobs(work) && !fireNextTimer(id, timerBudget, work)) {
          throw new IllegalStateException("contract " + id + " is stuck: no task, job or expected timer; activities "
              + runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list().stream()
                  .map(p -> runtime.getActiveActivityIds(p.getId())).toList());
        }
      }
    } catch (ProcessEngineException e) {
      // A contract that cannot reach its end is a finding, not a crash of the benchmark: report it.
      failure = e.getMessage();
    }
    notices += discardQueuedNotices();
    return new Run(id, members, userTasks, sql.total() - statementsBefore, work.nanos(), notices, byTask, failure);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String m = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  /**
   * Runs every executable job (async continuations) until none is left; true if any ran. Notice
   * deliveries are not run: sending mail is measured on its own (NoticeDeliveryBenchmark), and in
   * production it runs on job executor threads, not in anyone's way. Recording them is counted here.
   */
  private boolean runJobs(Work work) {
    boolean ran = false;
    List<String> jobs;
    while (!(jobs = engineJobs()).isEmpty()) {
      jobs.forEach(job -> work.measured(() -> management.executeJob(job)));
      ran = true;
    }
    return ran;
  }

  /** The executable jobs other than notice deliveries (those are discarded as they come, see below). */
  private List<String> engineJobs() {
    return jdbc.sql("SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ <> ? AND RETRIES_ > 0 AND SUSPENSION_STATE_ = 1"
            + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)")
        .params(NOTICE_DELIVERY, ClockUtil.getCurrentTime()).query(String.class).list();
  }

  /**
   * Drops the queued deliveries and says how many there were. Done after every task, outside the
   * measured work, so that thousands of queued deliveries do not make every lookup of the driver slower.
   */
  long discardQueuedNotices() {
    List<String> queued = jdbc.sql("SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ?").param(NOTICE_DELIVERY)
        .query(String.class).list();
    queued.forEach(management::deleteJob);
    return queued.size();
  }

  private boolean fireNextTimer(String id, Map<String, Integer> budget, Work work) {
    for (Map.Entry<String, Integer> timer : TIMERS.entrySet()) {
      if (budget.get(timer.getKey()) == 0) {
        continue;
      }
      List<Job> due = management.createJobQuery().timers().activityId(timer.getKey()).list().stream()
          .filter(j -> j.getProcessInstanceId() != null && runtime.createProcessInstanceQuery()
              .processInstanceId(j.getProcessInstanceId()).processInstanceBusinessKey(id).count() == 1)
          .toList();
      if (!due.isEmpty()) {
        budget.merge(timer.getKey(), -1, Integer::sum);
        due.forEach(j -> work.measured(() -> management.executeJob(j.getId())));
        runJobs(work);
        return true;
      }
    }
    return false;
  }

  /** A valid answer for every task kind SkillGate has; a new kind fails loudly so the driver is kept current. */
  private void complete(Task t, Work work) {
    String key = t.getTaskDefinitionKey();
    Map<String, Object> v = new HashMap<>();
    switch (key) {
      case "UserTask_ConfirmUpskillingPlan" -> v.put("vendorComment", "we confirm");
      case "UserTask_ApproveUpskillingPlan" -> v.put("planDecision", "approve");
      case "UserTask_ProvisionAccess" -> {
        v.put("accessProvisioned", true);
        v.put("accessNote", "claims system and mail");
      }
      case "UserTask_RecordOnboardingEvidence" -> {
        // Each waiting item's evidence as the upload page records it; the last one completes the task.
        work.measured(() -> recordOnboardingEvidence(t));
        return;
      }
      case "UserTask_ApproveOnboarding" -> {
        work.measured(() -> tasks.claim(t.getId(), TestSupport.REVIEWER));
        v.put("onboardingDecision", "approve");
      }
      case "UserTask_SubmitProgressReport" -> {
        v.put("kpiValues", "csat = 80\nerror-rate = 4.1\naht = 40\nfcr = 63\n");
        v.put("learnerFeedback", 4);
        v.put("reportComments", "benchmark period");
      }
      case "UserTask_ReviewProgressReport" -> v.put("reviewDecision", "accept");
      case "UserTask_DeliverHandoverItem" -> v.put("itemLocation", "repo:/handover/" + t.getId());
      case "UserTask_AcceptHandoverItem" -> v.put("itemDecision", "accept");
      case "UserTask_ChaseOverdueItem" -> v.put("chaseNote", "promised for Friday");
      case "UserTask_RevokeSystemAccess" -> v.put("accessRevoked", true);
      case "UserTask_SignOffHandoverForClient" -> v.put("clientSignatory", "Harbor Mutual operations head");
      case "UserTask_SignOffHandoverForVendor" -> v.put("vendorSignatory", "Northwind BPO account lead");
      case "UserTask_GiveVendorFeedback" -> {
        v.put("vendorRating", 4L);
        v.put("vendorFeedback", "Shadowing worked");
      }
      case "UserTask_GiveClientFeedback" -> {
        v.put("clientRating", 3L);
        v.put("clientFeedback", "Error rate still above target");
      }
      // Phase-gated training and assessments: everyone passes at the first attempt.
      case "UserTask_SubmitTrainingEvidence" -> {
        v.put("evidenceNote", "completed in the LMS, certificate attached");
        if (Boolean.TRUE.equals(tasks.getVariable(t.getId(), TrainingVariables.CERTIFICATION_REQUIRED))) {
          v.put("evidenceId", work.measured(() -> uploadCertificate(t)));
          v.put("certIssuer", "PeopleCert");
          v.put("credentialId", "GR671234");
          v.put("certIssuedOn", LocalDate.now().minusDays(3).toString());
        }
      }
      case "UserTask_ReviewTrainingEvidence" -> {
        work.measured(() -> tasks.claim(t.getId(), TestSupport.REVIEWER));
        v.put("evidenceDecision", "approve");
      }
      case "UserTask_ReviewMissedMilestone" -> v.put("missedDecision", "continue");
      case "UserTask_RecordAssessmentResult" -> {
        v.put("score", 88);
        v.put("assessor", "Harbor QA lead");
      }
      case "UserTask_ApprovePhaseGate" -> v.put("gateDecision", "approve");
      default -> throw new IllegalStateException("the benchmark driver has no answer for task " + key
          + " (" + t.getName() + "): add one to ContractDriver.complete");
    }
    work.measured(() -> tasks.complete(t.getId(), v));
  }

  /** The member's certificate, uploaded by the vendor as Tasklist's users do before they submit the evidence. */
  private void recordOnboardingEvidence(Task t) {
    String contractId = (String) tasks.getVariable(t.getId(), "contractId");
    String member = (String) tasks.getVariable(t.getId(), "memberId");
    String waiting = String.valueOf(tasks.getVariable(t.getId(), "onboardingItemIds"));
    for (String item : waiting.split(",")) {
      Api.Response r = api.post(TestSupport.VENDOR_A, "/api/contracts/" + contractId + "/members/" + member + "/items/"
          + item.trim() + "/evidence", Map.of("date", LocalDate.now().minusDays(1).toString(), "durationMinutes", 90,
          "with", "Harbor trainer", "reference", "https://lms.example/rec/1"));
      if (r.status() != 200) {
        throw new IllegalStateException("onboarding evidence refused: " + r);
      }
    }
  }

  private long uploadCertificate(Task t) {
    String contractId = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    String member = (String) tasks.getVariable(t.getId(), ProcessVariables.MEMBER_ID.name());
    String boundary = "----benchmark" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cert.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 certificate\r\n--" + boundary + "--\r\n";
    Api.Response r = api.send(TestSupport.VENDOR_A, HttpRequest.newBuilder(
            api.uri("/api/contracts/" + contractId + "/members/" + member + "/evidence"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    if (r.status() != 201) {
      throw new IllegalStateException("certificate upload refused: " + r);
    }
    return r.json().get("id").asLong();
  }
}
