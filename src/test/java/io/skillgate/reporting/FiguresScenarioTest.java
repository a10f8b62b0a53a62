package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractEvaluationProcessIds;
import io.skillgate.support.bpmn.ContractProgrammeProcessIds;
import io.skillgate.support.bpmn.ExitHandoverProcessIds;
import io.skillgate.support.bpmn.MemberAccessRevocationProcessIds;
import io.skillgate.support.bpmn.MemberOnboardingProcessIds;
import io.skillgate.support.bpmn.PhaseGatedTrainingProcessIds;
import io.skillgate.support.bpmn.ProgressReportingProcessIds;
import io.skillgate.support.bpmn.SkillAssessmentProcessIds;
import io.skillgate.support.bpmn.TrainingMilestoneProcessIds;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, "Done when": a contract that is not the demo one (Meridian Health Plan's claims
 * adjudication, run by Northwind: three phases, monthly reports, a bonus per certification, a
 * KPI-target bonus, USD) is registered and driven forward on the engine's clock from intake to
 * its close. People act as themselves through the engine's REST API and SkillGate's API; the test
 * only moves time and runs the jobs that are due, as the job executor would.
 *
 * <p>Along the way: a joiner and a leaver, a milestone missed (penalty) and waived (penalty given
 * back), an assessment failed then passed, two certifications with different bonuses (CPC pays its
 * own 600, ITIL the contract's default 400), the KPI-target bonus earned for March and missed for
 * April, and the exit handover with the leaver's revoked access. After each step every figure is
 * read back as the vendor and as the client reviewer and checked against the others
 * ({@link #figuresAgree}): the KPIs to date (JSON and CSV, contract, phases, roles, members), the
 * phase gates, the per-period KPIs and targets, every statement against the ledger. The figures
 * themselves are then asserted for what happened.
 */
@SkillGateTest
class FiguresScenarioTest {

  static final String P1 = "MH-P1";
  static final String P2 = "MH-P2";
  static final String LEAD = "MH-L1";
  static final String JOINER = "MH-P3";
  static final String SECURITY = "Information security and data protection";

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;

  String id;
  /** member + milestone name whose evidence the vendor holds back (to be missed). */
  final Set<String> heldBack = new HashSet<>();
  /** Assessment results the assessor records next, in order; after them everyone passes. */
  final List<Integer> scores = new ArrayList<>();

  @Test
  void aContractDrivenThroughItsLifeKeepsEveryFigureInAgreement() {
    // --- Before the start (today): intake, plan agreed, team onboarded, foundation training. ---
    id = register();
    heldBack.add(P1 + ":" + SECURITY);
    work();
    assertThat(stage()).isEqualTo("TRAINING");
    JsonNode k = figuresAgree();
    // Foundation: security awareness (everyone), HIPAA basics (processors), client escalations (lead).
    // Five approved before they were due, Priya's security awareness is open and not yet due.
    assertRate(k.path("contract").path("completion"), 5, 6);
    assertRate(k.path("contract").path("onTime"), 5, 5);
    assertThat(k.path("contract").path("openMilestones").asInt()).isEqualTo(1);
    assertRate(k.path("contract").path("retention"), 3, 3);
    // March is opened for reporting at the start: its statement is listed, empty.
    assertStatement(k, 1, "0", "0", "0", "0");
    assertThat(statement(k, 1).path("entries")).isEmpty();

    // --- 1 March: the milestone's due date passes; it is marked missed. ---
    advanceTo(LocalDate.of(2027, 3, 1));
    k = figuresAgree();
    assertThat(k.path("asOf").asText()).isEqualTo("2027-03-01");
    assertThat(k.path("contract").path("missedMilestones").asInt()).isEqualTo(1);
    assertRate(k.path("contract").path("completion"), 5, 6);

    // --- 7 March: past the 5 grace days: 200 USD penalty; the reviewer waives it (given back). ---
    advanceTo(LocalDate.of(2027, 3, 7));
    JsonNode review = only(tasks(TestSupport.REVIEWER, TrainingMilestoneProcessIds.USER_TASK_REVIEW_MISSED_MILESTONE));
    assertThat(variable(review, "penaltyCharged")).isEqualTo("200 USD");
    complete(TestSupport.REVIEWER, review, Map.of("missedDecision", "waive",
        "waiverReason", "Meridian's LMS was down for the security course"));
    runDueJobs();
    String gate = gateSummary();
    assertThat(gate).contains("Milestones: 6 (5 completed: 5 on time, 0 late; 0 missed; 1 waived; 0 open)",
        "Completion (waived left out): 100.0 % (5 of 5)", "On time (of completed): 100.0 % (5 of 5)");
    k = figuresAgree();
    JsonNode foundation = scoped(k, "phases", "foundation");
    assertThat(gate).contains("Completion (waived left out): " + describe(foundation.path("completion")),
        "On time (of completed): " + describe(foundation.path("onTime")));
    assertThat(foundation.path("waivedMilestones").asInt()).isEqualTo(1);
    assertThat(foundation.path("missedMilestones").asInt()).isZero();
    assertLedger(k, "PENALTY 200.00 2027-03-07", "WAIVER 200.00 2027-03-07");
    assertStatement(k, 1, "0", "200.00", "200.00", "0");
    decideGate("approve");

    // --- 10 March: Paul leaves, Jo joins; supervised training with a failed, then passed, test. ---
    advanceTo(LocalDate.of(2027, 3, 10));
    Api.Response left = api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members/" + P2 + "/departure",
        Map.of("reason", "moved to another client", "date", "2027-03-10"));
    assertThat(left.status()).as(left.toString()).isEqualTo(200);
    JsonNode revoke = only(tasks(TestSupport.REVIEWER, MemberAccessRevocationProcessIds.USER_TASK_REVOKE_MEMBER_ACCESS));
    assertThat(revoke.path("due").asText()).startsWith("2027-03-12");
    complete(TestSupport.REVIEWER, revoke, Map.of("accessRevoked", true));
    Api.Response joined = api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members", Map.of(
        "id", JOINER, "name", "Jo Processor", "email", "jo@northwind.example", "role", "claims-processor"));
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    scores.add(62);
    work();
    assertThat(tasks(TestSupport.REVIEWER, PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE)).hasSize(1);
    gate = gateSummary();
    // Priya's adjudication (test failed, then passed), Lena's coaching and ITIL. Paul's adjudication
    // ended when he left: no one's work any more, so it counts nowhere (not as open work at the gate).
    assertThat(gate).contains("Milestones: 3 (3 completed: 3 on time, 0 late; 0 missed; 0 waived; 0 open)",
        "Assessment pass rate: 100.0 % (1 of 1)").doesNotContain(P2);
    k = figuresAgree();
    JsonNode supervised = scoped(k, "phases", "supervised");
    assertThat(gate).contains("Completion (waived left out): " + describe(supervised.path("completion")),
        "On time (of completed): " + describe(supervised.path("onTime")));
    assertRate(k.path("contract").path("firstAttemptPass"), 0, 1);
    assertRate(k.path("contract").path("assessmentPass"), 1, 1);
    assertRate(k.path("contract").path("retention"), 3, 4);
    assertThat(scoped(k, "members", P2).path("status").asText()).isEqualTo("LEFT");
    assertLedger(k, "PENALTY 200.00 2027-03-07", "WAIVER 200.00 2027-03-07", "BONUS 400.00 2027-03-10");
    assertStatement(k, 1, "400.00", "200.00", "200.00", "400.00");
    assertThat(statement(k, 1).path("certificationBonuses").decimalValue()).isEqualByComparingTo("400");
    decideGate("approve");

    // --- 1 and 2 April: March is reported; accuracy and turnaround met their targets: 500 USD. ---
    advanceTo(LocalDate.of(2027, 4, 1));
    submitReport(1, "accuracy = 98.6\nturnaround = 2.8");
    advanceTo(LocalDate.of(2027, 4, 2));
    assertThat(variable(only(tasks(TestSupport.REVIEWER, ProgressReportingProcessIds.USER_TASK_REVIEW_PROGRESS_REPORT)), "reportSummary"))
        .contains("- adjudication-quality, 500 USD: earned (accuracy met, turnaround met)");
    acceptReport(1);
    k = figuresAgree();
    JsonNode march = period(k, 1);
    assertThat(march.path("targetsMet").path("accuracy").asBoolean()).isTrue();
    assertThat(march.path("targetsMet").path("turnaround").asBoolean()).isTrue();
    assertLedger(k, "PENALTY 200.00 2027-03-07", "WAIVER 200.00 2027-03-07", "BONUS 400.00 2027-03-10",
        "BONUS 500.00 2027-04-02");
    // Booked when March was accepted, on 2 April: on April's statement.
    assertStatement(k, 2, "500.00", "0", "0", "500.00");
    assertThat(statement(k, 2).path("kpiTargetBonuses").decimalValue()).isEqualByComparingTo("500");

    // --- 20 April: live training; both processors reach CPC (600 USD each, its own bonus). ---
    advanceTo(LocalDate.of(2027, 4, 20));
    work();
    gate = gateSummary();
    // Appeals handling and CPC for Priya and Jo, who joined in March.
    assertThat(gate).contains("Milestones: 4 (4 completed: 4 on time, 0 late; 0 missed; 0 waived; 0 open)");
    k = figuresAgree();
    JsonNode live = scoped(k, "phases", "live");
    assertThat(gate).contains("Completion (waived left out): " + describe(live.path("completion")),
        "On time (of completed): " + describe(live.path("onTime")));
    decideGate("approve");
    assertThat(stage()).isEqualTo("STEADY_STATE");
    k = figuresAgree();
    assertRate(k.path("contract").path("certificationCoverage"), 3, 3);
    assertLedger(k, "PENALTY 200.00 2027-03-07", "WAIVER 200.00 2027-03-07", "BONUS 400.00 2027-03-10",
        "BONUS 500.00 2027-04-02", "BONUS 600.00 2027-04-20", "BONUS 600.00 2027-04-20");
    assertStatement(k, 2, "1700.00", "0", "0", "1700.00");
    assertThat(statement(k, 2).path("certificationBonuses").decimalValue()).isEqualByComparingTo("1200");

    // --- 1 and 2 May: April is reported; accuracy missed its target: no KPI-target bonus. ---
    advanceTo(LocalDate.of(2027, 5, 1));
    submitReport(2, "accuracy = 96.9\nturnaround = 2.9");
    advanceTo(LocalDate.of(2027, 5, 2));
    assertThat(variable(only(tasks(TestSupport.REVIEWER, ProgressReportingProcessIds.USER_TASK_REVIEW_PROGRESS_REPORT)), "reportSummary"))
        .contains("- adjudication-quality, 500 USD: not earned (accuracy not met, turnaround met)");
    acceptReport(2);
    k = figuresAgree();
    JsonNode april = period(k, 2);
    assertThat(april.path("targetsMet").path("accuracy").asBoolean()).isFalse();
    assertThat(april.path("targetsMet").path("turnaround").asBoolean()).isTrue();
    assertThat(k.path("statements")).allSatisfy(s -> assertThat(s.path("kpiTargetBonuses").decimalValue())
        .isEqualByComparingTo(s.path("period").asInt() == 2 ? "500" : "0"));
    assertThat(ledgerNet(ledger())).isEqualByComparingTo("2100");

    // --- 1 August: the exit notice; the handover lists CPC records only (the contract's choice). ---
    advanceTo(LocalDate.of(2027, 8, 1));
    assertThat(stage()).isEqualTo("EXIT_HANDOVER");
    work();
    JsonNode handover = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/handover").json();
    List<String> items = new ArrayList<>();
    handover.path("items").forEach(i -> items.add(i.path("kind").asText() + " " + i.path("title").asText()));
    assertThat(items).containsExactly("MATERIAL Adjudication playbook with its version",
        "CERTIFICATION_RECORDS Records of Certified Professional Coder certifications (role claims-processor)");
    assertThat(handover.path("counts").path("accepted").asInt()).isEqualTo(2);

    // --- 31 August: the contract ends; every access is revoked and both parties sign off. ---
    advanceTo(LocalDate.of(2027, 8, 31));
    work();
    assertThat(stage()).isEqualTo("CLOSED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    handover = api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/handover").json();
    Map<String, Boolean> revoked = new LinkedHashMap<>();
    handover.path("accessRevocations").forEach(a -> revoked.put(a.path("memberId").asText(),
        a.hasNonNull("revokedAt")));
    assertThat(revoked).containsOnlyKeys(P1, P2, LEAD, JOINER).doesNotContainValue(false);
    assertThat(handover.path("counts").path("accessesOpen").asInt()).isZero();
    String report = api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/handover/report").body();
    assertThat(report).contains("Paul Processor", "Certified Professional Coder");

    k = figuresAgree();
    assertThat(k.path("asOf").asText()).isEqualTo("2027-08-31");
    assertThat(ledgerNet(ledger())).isEqualByComparingTo("2100");
    assertThat(k.path("statements").path(0).path("currency").asText()).isEqualTo("USD");
  }

  // ---------------------------------------------------------------------------------------------
  // The cross-checks

  /**
   * Reads every figure as the vendor and as the reviewer (they must see the same), and checks
   * them against each other: JSON and CSV, each phase gate against its phase, every period's
   * targets, every statement against the ledger. Returns the KPI JSON for the step's own checks.
   */
  private JsonNode figuresAgree() {
    JsonNode kpis = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis").json();
    JsonNode reviewers = api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/kpis").json();
    assertThat(withoutOverdue(reviewers)).isEqualTo(withoutOverdue(kpis));
    Api.Response csvResponse = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis.csv");
    assertThat(csvResponse.status()).isEqualTo(200);
    Map<String, List<String>> csv = csvRows(csvResponse.body());

    training(csv, "contract", kpis.path("contract"));
    for (String scope : List.of("phases", "roles", "members")) {
      kpis.path(scope).forEach(s -> training(csv, scope.substring(0, scope.length() - 1) + ":" + s.path("key").asText(),
          s.path("kpis")));
    }
    // A gate's completion is its phase's.
    kpis.path("gates").forEach(g -> assertThat(g.path("completion"))
        .isEqualTo(scoped(kpis, "phases", g.path("phase").asText()).path("completion")));

    for (JsonNode p : kpis.path("periods")) {
      String scope = "period:" + p.path("period").asInt();
      p.path("training").fields().forEachRemaining(e -> assertThat(cell(csv, "training-period", scope,
          e.getKey(), 6)).as(scope + " " + e.getKey()).isEqualTo(plain(e.getValue())));
      p.path("targetsMet").fields().forEachRemaining(e -> assertThat(cell(csv, "period-target", scope,
          e.getKey(), 11)).as(scope + " " + e.getKey()).isEqualTo(e.getValue().isNull() ? "" : e.getValue().asText()));
    }

    // Every ledger entry on exactly one statement; the statements add up to the ledger.
    JsonNode ledger = ledger();
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/incentives").json()).isEqualTo(ledger);
    BigDecimal net = BigDecimal.ZERO;
    int entries = 0;
    for (JsonNode s : kpis.path("statements")) {
      BigDecimal bonuses = BigDecimal.ZERO;
      for (JsonNode e : s.path("entries")) {
        LocalDate on = LocalDate.parse(e.path("bookedOn").asText());
        boolean inPeriod = !on.isBefore(LocalDate.parse(s.path("from").asText()))
            && !on.isAfter(LocalDate.parse(s.path("to").asText()));
        assertThat(inPeriod || s.path("period").asInt() == 1 && on.isBefore(LocalDate.parse(s.path("from").asText())))
            .as("entry booked on " + on + " is on the statement of its period, not " + s.path("period"))
            .isTrue();
        if (e.path("kind").asText().equals("BONUS")) {
          bonuses = bonuses.add(e.path("amount").decimalValue());
        }
        entries++;
      }
      assertThat(s.path("bonuses").decimalValue()).isEqualByComparingTo(bonuses);
      assertThat(s.path("certificationBonuses").decimalValue().add(s.path("kpiTargetBonuses").decimalValue()))
          .isLessThanOrEqualTo(bonuses);
      assertThat(s.path("net").decimalValue()).isEqualByComparingTo(s.path("bonuses").decimalValue()
          .subtract(s.path("penalties").decimalValue()).add(s.path("waivers").decimalValue()));
      String scope = "period:" + s.path("period").asInt();
      for (String field : List.of("bonuses", "certification-bonuses", "kpi-target-bonuses", "penalties", "waivers",
          "net")) {
        String jsonField = field.equals("certification-bonuses") ? "certificationBonuses"
            : field.equals("kpi-target-bonuses") ? "kpiTargetBonuses" : field;
        assertThat(new BigDecimal(cell(csv, "incentives", scope, field, 6))).as(scope + " " + field)
            .isEqualByComparingTo(s.path(jsonField).decimalValue());
      }
      net = net.add(s.path("net").decimalValue());
    }
    assertThat(entries).as("entries on statements").isEqualTo(ledger.size());
    assertThat(net).as("statements' sum").isEqualByComparingTo(ledgerNet(ledger));
    return kpis;
  }

  /** The overdue list names who is late from the caller's view of tasks; the figures are the same. */
  private static JsonNode withoutOverdue(JsonNode report) {
    ObjectNode copy = report.deepCopy();
    copy.remove("overdue");
    return copy;
  }

  private void training(Map<String, List<String>> csv, String scope, JsonNode k) {
    Map<String, String> rates = Map.of("completion", "completion", "on-time", "onTime", "assessment-pass",
        "assessmentPass", "first-attempt-pass", "firstAttemptPass", "certification-coverage",
        "certificationCoverage", "retention", "retention");
    rates.forEach((csvKpi, field) -> {
      JsonNode rate = k.path(field);
      assertThat(List.of(cell(csv, "training", scope, csvKpi, 4), cell(csv, "training", scope, csvKpi, 5),
          cell(csv, "training", scope, csvKpi, 6))).as(scope + " " + csvKpi)
          .containsExactly(rate.path("count").asText(), rate.path("of").asText(), plain(rate.path("percent")));
    });
    Map<String, String> counts = Map.of("open-milestones", "openMilestones", "overdue-milestones",
        "overdueMilestones", "missed-milestones", "missedMilestones", "waived-milestones", "waivedMilestones");
    counts.forEach((csvKpi, field) -> assertThat(cell(csv, "training", scope, csvKpi, 4)).as(scope + " " + csvKpi)
        .isEqualTo(k.path(field).asText()));
  }

  private static String plain(JsonNode number) {
    return number == null || number.isNull() || number.isMissingNode() ? "" : number.decimalValue().toPlainString();
  }

  /** The CSV by "section|scope|kpi". */
  private static Map<String, List<String>> csvRows(String text) {
    Map<String, List<String>> rows = new HashMap<>();
    for (List<String> row : parseCsv(text)) {
      if (row.size() > 3) {
        rows.put(row.get(0) + "|" + row.get(1) + "|" + row.get(3), row);
      }
    }
    return rows;
  }

  private static String cell(Map<String, List<String>> csv, String section, String scope, String kpi, int column) {
    List<String> row = csv.get(section + "|" + scope + "|" + kpi);
    assertThat(row).as("CSV row " + section + " " + scope + " " + kpi).isNotNull();
    return row.get(column);
  }

  /** RFC 4180, as CsvWriter writes it. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return rows;
  }

  private JsonNode ledger() {
    return api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/incentives").json();
  }

  private static BigDecimal ledgerNet(JsonNode ledger) {
    BigDecimal net = BigDecimal.ZERO;
    for (JsonNode e : ledger) {
      BigDecimal amount = e.path("amount").decimalValue();
      net = e.path("kind").asText().equals("PENALTY") ? net.subtract(amount) : net.add(amount);
    }
    return net;
  }

  /** The ledger, entry by entry: "KIND amount bookedOn". */
  private void assertLedger(JsonNode kpis, String... expected) {
    List<String> lines = new ArrayList<>();
    ledger().forEach(e -> lines.add(e.path("kind").asText() + " " + e.path("amount").decimalValue().setScale(2)
        .toPlainString() + " " + e.path("bookedOn").asText()));
    assertThat(lines).containsExactly(expected);
    assertThat(kpis.path("incentiveRules").path("currency").asText()).isEqualTo("USD");
  }

  private static JsonNode statement(JsonNode kpis, int period) {
    for (JsonNode s : kpis.path("statements")) {
      if (s.path("period").asInt() == period) {
        return s;
      }
    }
    throw new AssertionError("no statement of period " + period + " in " + kpis.path("statements"));
  }

  private static void assertStatement(JsonNode kpis, int period, String bonuses, String penalties, String waivers,
      String net) {
    JsonNode s = statement(kpis, period);
    assertThat(s.path("bonuses").decimalValue()).as("bonuses").isEqualByComparingTo(bonuses);
    assertThat(s.path("penalties").decimalValue()).as("penalties").isEqualByComparingTo(penalties);
    assertThat(s.path("waivers").decimalValue()).as("waivers").isEqualByComparingTo(waivers);
    assertThat(s.path("net").decimalValue()).as("net").isEqualByComparingTo(net);
  }

  private static JsonNode period(JsonNode kpis, int period) {
    for (JsonNode p : kpis.path("periods")) {
      if (p.path("period").asInt() == period) {
        return p;
      }
    }
    throw new AssertionError("no period " + period);
  }

  private static JsonNode scoped(JsonNode kpis, String scope, String key) {
    for (JsonNode s : kpis.path(scope)) {
      if (s.path("key").asText().equals(key)) {
        return scope.equals("members") ? s : s.path("kpis");
      }
    }
    throw new AssertionError("no " + scope + " " + key);
  }

  private static void assertRate(JsonNode rate, int count, int of) {
    assertThat(rate.path("count").asInt() + " of " + rate.path("of").asInt()).isEqualTo(count + " of " + of);
  }

  /** Rate.describe's words, from the JSON. */
  private static String describe(JsonNode rate) {
    return rate.path("percent").isNull() || rate.path("percent").isMissingNode() ? "no items"
        : rate.path("percent").decimalValue().toPlainString() + " % (" + rate.path("count").asInt() + " of "
            + rate.path("of").asInt() + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // Driving the contract

  private String register() {
    String contractId = Fixtures.uniqueId("MHP");
    ObjectNode contract;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenario/meridian-health-claims.json")) {
      contract = (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    contract.put("id", contractId);
    Api.Response r = api.post(TestSupport.REVIEWER, "/api/contracts", contract);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return contractId;
  }

  private String stage() {
    return api.get(TestSupport.VENDOR_A, "/api/contracts/" + id).json().path("contract").path("stage").asText();
  }

  /** Moves the engine's clock (and so SkillGate's) to 9:00 on the day and runs what fell due. */
  private void advanceTo(LocalDate day) {
    ProcessHelpers.clockAt(day);
    runDueJobs();
  }

  /**
   * Runs the contract's due jobs (timers, async continuations) until none is left, as the job
   * executor would: one at a time, since one job (the exit notice) may cancel others.
   */
  private void runDueJobs() {
    for (int round = 0; round < 500; round++) {
      Set<String> instances = new HashSet<>();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list()
          .forEach(p -> instances.add(p.getId()));
      List<Job> due = management.createJobQuery().executable().active().orderByJobDuedate().asc().list().stream()
          .filter(j -> instances.contains(j.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep falling due");
  }

  /**
   * Vendor and reviewer complete every open task they have an answer for, until none is left
   * (phase gates and progress reports are the test's own steps).
   */
  private void work() {
    for (int round = 0; round < 100; round++) {
      boolean worked = false;
      for (String user : List.of(TestSupport.VENDOR_A, TestSupport.REVIEWER)) {
        for (JsonNode t : tasks(user, null)) {
          if (user.equals(TestSupport.VENDOR_A)
              && MemberOnboardingProcessIds.USER_TASK_RECORD_ONBOARDING_EVIDENCE.equals(t.path("taskDefinitionKey").asText())) {
            recordOnboardingEvidence(t);
            worked = true;
            continue;
          }
          Map<String, Object> answer = answer(user, t);
          if (answer != null) {
            complete(user, t, answer);
            worked = true;
          }
        }
      }
      runDueJobs();
      if (!worked) {
        return;
      }
    }
    throw new AssertionError("the contract's tasks do not finish");
  }

  private Map<String, Object> answer(String user, JsonNode t) {
    String key = t.path("taskDefinitionKey").asText();
    String today = LocalDate.ofInstant(ProcessHelpers.now(), ZoneId.systemDefault()).toString();
    boolean vendor = user.equals(TestSupport.VENDOR_A);
    return switch (key) {
      case ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN -> vendor ? Map.of("vendorComment", "we confirm") : null;
      case ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN -> vendor ? null : Map.of("planDecision", "approve");
      case MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS -> vendor ? Map.of("accessProvisioned", true, "accessNote", "claims platform")
          : null;
      case MemberOnboardingProcessIds.USER_TASK_RECORD_ONBOARDING_EVIDENCE -> null; // through the upload page's API, see work()
      case MemberOnboardingProcessIds.USER_TASK_APPROVE_ONBOARDING -> vendor ? null : Map.of("onboardingDecision", "approve");
      case TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE -> vendor ? evidence(t, today) : null;
      case SkillAssessmentProcessIds.USER_TASK_COMPLETE_REMEDIATION_TRAINING -> vendor ? Map.of("remediationNote", "two coaching sessions")
          : null;
      case TrainingMilestoneProcessIds.USER_TASK_REVIEW_TRAINING_EVIDENCE -> vendor ? null : Map.of("evidenceDecision", "approve");
      case SkillAssessmentProcessIds.USER_TASK_RECORD_ASSESSMENT_RESULT -> vendor ? null
          : Map.of("score", scores.isEmpty() ? 88 : scores.remove(0), "assessor", "Meridian QA lead");
      case ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM -> vendor ? Map.of("itemLocation", "sharepoint:/meridian/exit/"
          + t.path("id").asText()) : null;
      case ExitHandoverProcessIds.USER_TASK_ACCEPT_HANDOVER_ITEM -> vendor ? null : Map.of("itemDecision", "accept");
      case ExitHandoverProcessIds.USER_TASK_REVOKE_SYSTEM_ACCESS -> vendor ? null : Map.of("accessRevoked", true);
      case ExitHandoverProcessIds.USER_TASK_SIGN_OFF_HANDOVER_FOR_CLIENT -> vendor ? null : Map.of("clientSignatory", "Meridian claims director");
      case ExitHandoverProcessIds.USER_TASK_SIGN_OFF_HANDOVER_FOR_VENDOR -> vendor ? Map.of("vendorSignatory", "Northwind account lead") : null;
      case ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK -> vendor ? Map.of("vendorRating", 4L, "vendorFeedback", "Good partnership")
          : null;
      case ContractEvaluationProcessIds.USER_TASK_GIVE_CLIENT_FEEDBACK -> vendor ? null : Map.of("clientRating", 4L, "clientFeedback",
          "Accuracy still short of target in April");
      // The test's own steps, and a late report left open when the exit ends reporting.
      case PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE, ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT, ProgressReportingProcessIds.USER_TASK_REVIEW_PROGRESS_REPORT,
          TrainingMilestoneProcessIds.USER_TASK_REVIEW_MISSED_MILESTONE, MemberAccessRevocationProcessIds.USER_TASK_REVOKE_MEMBER_ACCESS -> null;
      default -> throw new AssertionError("no answer for task " + key + " (" + t.path("name").asText() + ")");
    };
  }

  /**
   * Every item the member's evidence task waits for, recorded as the upload page does (the
   * evidence API); the last one completes the task.
   */
  private void recordOnboardingEvidence(JsonNode task) {
    String today = LocalDate.ofInstant(ProcessHelpers.now(), ZoneId.systemDefault()).toString();
    String taskId = task.path("id").asText();
    String member = (String) taskService.getVariable(taskId, "memberId");
    String contract = (String) taskService.getVariable(taskId, "contractId");
    for (String item : String.valueOf(taskService.getVariable(taskId, "onboardingItemIds")).split(",")) {
      Api.Response r = api.post(TestSupport.VENDOR_A, "/api/contracts/" + contract + "/members/" + member + "/items/"
          + item.trim() + "/evidence", Map.of("date", today, "durationMinutes", 60, "with", "Meridian trainer",
          "reference", "https://lms.example/meridian/1"));
      assertThat(r.status()).as("onboarding evidence: " + r).isEqualTo(200);
    }
  }


  private Map<String, Object> evidence(JsonNode task, String today) {
    String instance = task.path("processInstanceId").asText();
    String member = (String) runtime.getVariable(instance, "memberId");
    String name = (String) runtime.getVariable(instance, "milestoneName");
    if (heldBack.contains(member + ":" + name)) {
      return null;
    }
    Map<String, Object> v = new HashMap<>(Map.of("evidenceNote", "completed, record attached"));
    if (Boolean.TRUE.equals(runtime.getVariable(instance, "certificationRequired"))) {
      v.put("evidenceId", upload(member));
      v.put("certIssuer", "AAPC");
      v.put("credentialId", "CRED-" + member);
      v.put("certIssuedOn", today);
    }
    return v;
  }

  private long upload(String memberId) {
    String boundary = "----scenario" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cert.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 certificate\r\n--" + boundary + "--\r\n";
    Api.Response r = api.send(TestSupport.VENDOR_A, HttpRequest.newBuilder(
            api.uri("/api/contracts/" + id + "/members/" + memberId + "/evidence"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** The open phase gate's summary, as the reviewer's form shows it. */
  private String gateSummary() {
    JsonNode gate = only(tasks(TestSupport.REVIEWER, PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE));
    return variable(gate, "phaseSummary");
  }

  private void decideGate(String decision) {
    complete(TestSupport.REVIEWER, only(tasks(TestSupport.REVIEWER, PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE)),
        Map.of("gateDecision", decision));
    runDueJobs();
  }

  private void submitReport(int period, String values) {
    JsonNode submit = only(tasks(TestSupport.VENDOR_A, ProgressReportingProcessIds.USER_TASK_SUBMIT_PROGRESS_REPORT));
    assertThat(variable(submit, "periodLabel")).startsWith("Period " + period + ":");
    complete(TestSupport.VENDOR_A, submit, Map.of("kpiValues", values, "learnerFeedback", 4,
        "reportComments", "period " + period));
    runDueJobs();
  }

  private void acceptReport(int period) {
    JsonNode reviewTask = only(tasks(TestSupport.REVIEWER, ProgressReportingProcessIds.USER_TASK_REVIEW_PROGRESS_REPORT));
    assertThat(variable(reviewTask, "periodLabel")).startsWith("Period " + period + ":");
    complete(TestSupport.REVIEWER, reviewTask, Map.of("reviewDecision", "accept"));
    runDueJobs();
  }

  private String variable(JsonNode task, String name) {
    Api.Response r = api.get(TestSupport.REVIEWER.equals(assigneeUser(task)) ? TestSupport.REVIEWER
        : TestSupport.VENDOR_A, "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name);
    if (r.status() != 200) {
      r = api.get(TestSupport.REVIEWER, "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name);
    }
    assertThat(r.status()).as(name + ": " + r).isEqualTo(200);
    return r.json().path("value").asText();
  }

  private static String assigneeUser(JsonNode task) {
    return task.path("assignee").asText(null);
  }

  private List<JsonNode> tasks(String user, String taskKey) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + id
        + (taskKey == null ? "" : "&taskDefinitionKey=" + taskKey) + "&maxResults=500";
    Api.Response r = api.get(user, query);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    r.json().forEach(list::add);
    return list;
  }

  private static JsonNode only(List<JsonNode> tasks) {
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** Claims the task for the user (as Tasklist does before completing) and completes it over REST. */
  private void complete(String user, JsonNode task, Map<String, Object> variables) {
    String taskId = task.path("id").asText();
    if (!task.hasNonNull("assignee")) {
      Api.Response claimed = api.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
      assertThat(claimed.status()).as("claim " + task.path("taskDefinitionKey").asText() + ": " + claimed)
          .isEqualTo(204);
    }
    StringBuilder body = new StringBuilder("{\"variables\":{");
    variables.forEach((k, v) -> body.append('"').append(k).append("\":{\"value\":")
        .append(v instanceof String s ? quoted(s) : v)
        .append(v instanceof Long ? ",\"type\":\"Long\"" : "")
        .append("},"));
    body.setLength(body.length() - 1);
    body.append("}}");
    Api.Response r = api.post(user, "/engine-rest/task/" + taskId + "/complete", body.toString());
    assertThat(r.status()).as(task.path("taskDefinitionKey").asText() + ": " + r).isEqualTo(204);
  }
}
