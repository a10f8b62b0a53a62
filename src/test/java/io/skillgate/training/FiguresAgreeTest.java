package io.skillgate.training;

import static io.skillgate.training.TrainingScenario.AGENT;
import static io.skillgate.training.TrainingScenario.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractRepository;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.reporting.KpiReport;
import io.skillgate.reporting.KpiService;
import io.skillgate.reporting.ReportingRepository;
import io.skillgate.reporting.ReportingService;
import io.skillgate.reporting.ReportingVariables;
import io.skillgate.reporting.TrainingKpis;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, items 1 to 3: the same milestones give the same figures through every consumer (the
 * phase gate, the period report, the to-date KPIs of the API and so of the dashboard, the CSV
 * and the evaluation), for a contract whose dates all lie ahead (it starts on 1 February 2027),
 * and a bonus booked before the first period is on the first statement.
 *
 * <p>Five milestones leading into the pilot, all due on 15 February 2027:
 * the agent's first approved on 5 Feb (on time), the lead's approved on the due date (on time),
 * the agent's second marked missed and approved on 20 Feb (late), the lead's second marked missed
 * and still open (missed), the agent's third waived on 17 Feb (waived). So: 4 count (the waived one
 * does not), 3 completed, 2 of them on time: completion 75.0 % (3 of 4), on time 66.7 % (2 of 3).
 * The lead left on 10 Feb, a new agent joined on 18 Feb: retention 2 of 3.
 */
@SkillGateTest
class FiguresAgreeTest {

  static final LocalDate DUE = LocalDate.of(2027, 2, 15);
  static final String JOINER = "NW-A99";

  @Autowired Api api;
  @Autowired MilestoneRepository milestones;
  @Autowired ContractRepository contracts;
  @Autowired PhaseSummaries summaries;
  @Autowired KpiService kpis;
  @Autowired ReportingService reporting;
  @Autowired ReportingRepository reports;
  @Autowired IncentiveLedger ledger;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  String id;

  @BeforeEach
  void milestonesOfEveryOutcome() {
    id = TrainingScenario.registerSmallContract(api, "FIG");
    close(milestone(AGENT, "claims-system"), MilestoneStatus.APPROVED, LocalDate.of(2027, 2, 5), false);
    close(milestone(LEAD, "coaching"), MilestoneStatus.APPROVED, DUE, false);
    close(milestone(AGENT, "motor-triage"), MilestoneStatus.APPROVED, LocalDate.of(2027, 2, 20), true);
    milestones.markMissed(milestone(LEAD, "calibration"));
    close(milestone(AGENT, "fraud-awareness"), MilestoneStatus.WAIVED, LocalDate.of(2027, 2, 17), false);
    contracts.markMemberLeft(id, LEAD, LocalDate.of(2027, 2, 10), "resigned");
    contracts.insertMember(id, new Contract.Member(JOINER, "Nia New", "nia.new@northwind.example", "claims-agent",
        null), LocalDate.of(2027, 2, 18));
  }

  @Test
  void theGateThePeriodReportTheKpisTheCsvAndTheEvaluationGiveOneAnswer() {
    PhaseSummary gate = summaries.of(id, "pilot");
    assertThat(gate.text()).contains(
        "Milestones: 5 (3 completed: 2 on time, 1 late; 1 missed; 1 waived; 0 open)",
        "Completion (waived left out): 75.0 % (3 of 4)",
        "On time (of completed): 66.7 % (2 of 3)", "Not complete:\n- NW-L01: calibration (missed)\n");
    assertThat(gate.notComplete()).hasSize(1);

    // To date: as far as the records reach (the late approval on 20 February), not today.
    KpiReport report = kpis.report(contracts.find(id).orElseThrow());
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2027, 2, 20));
    TrainingKpis pilot = report.phases().stream().filter(s -> s.key().equals("pilot")).findFirst().orElseThrow()
        .kpis();
    for (TrainingKpis k : new TrainingKpis[] {report.contract(), pilot}) {
      assertThat(k.completion().count()).isEqualTo(gate.completion().count()).isEqualTo(3);
      assertThat(k.completion().of()).isEqualTo(gate.completion().of()).isEqualTo(4);
      assertThat(k.onTime().count()).isEqualTo(gate.onTime().count()).isEqualTo(2);
      assertThat(k.onTime().of()).isEqualTo(gate.onTime().of()).isEqualTo(3);
      assertThat(k.missedMilestones()).isEqualTo(gate.figures().missed()).isEqualTo(1);
      assertThat(k.waivedMilestones()).isEqualTo(gate.figures().waived()).isEqualTo(1);
    }
    assertThat(report.contract().retention().count()).isEqualTo(2);
    assertThat(report.contract().retention().of()).isEqualTo(3);

    // The dashboard reads this JSON.
    JsonNode json = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis").json();
    assertThat(json.path("asOf").asText()).isEqualTo("2027-02-20");
    JsonNode contract = json.path("contract");
    assertThat(contract.path("completion").path("count").asInt()).isEqualTo(3);
    assertThat(contract.path("completion").path("of").asInt()).isEqualTo(4);
    assertThat(contract.path("completion").path("percent").decimalValue()).isEqualByComparingTo("75.0");
    assertThat(contract.path("onTime").path("percent").decimalValue()).isEqualByComparingTo("66.7");
    assertThat(contract.path("missedMilestones").asInt()).isEqualTo(1);
    assertThat(contract.path("waivedMilestones").asInt()).isEqualTo(1);
    assertThat(contract.path("retention").path("count").asInt()).isEqualTo(2);
    assertThat(contract.path("retention").path("of").asInt()).isEqualTo(3);

    String csv = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis.csv").body();
    assertThat(csv).contains("training,phase:pilot,Pilot,completion,3,4,75.0",
        "training,phase:pilot,Pilot,on-time,2,3,66.7", "training,phase:pilot,Pilot,missed-milestones,1",
        "training,phase:pilot,Pilot,waived-milestones,1", "training,contract," + id + ",retention,2,3,66.7");

    String evaluation = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/evaluation").json()
        .path("summary").toString();
    assertThat(evaluation).contains("as of 2027-02-20", "Training completion: 75.0 % (3 of 4)",
        "Training completed on time: 66.7 % (2 of 3)", "Retention (members still active): 66.7 % (2 of 3)",
        "Milestones missed: 1, waived: 1");

    // February is the first monthly period; every milestone counts in it.
    String period = reporting.computePeriodKpis(openFirstPeriod(), id);
    assertThat(period).contains("- completion: 75.0 % (3 of 4)", "- on-time: 66.7 % (2 of 3)",
        "- retention: 66.7 % (2 of 3)");
  }

  @Test
  void aBonusBookedBeforeTheFirstPeriodIsOnTheFirstStatementAndInThePeriodReport() {
    Contract terms = contracts.findTerms(id).orElseThrow();
    // Booked now (before February 2027) with the ledger's quarter label of today.
    ledger.awardBonus(id, terms.incentives(), LEAD, milestone(LEAD, "itil"), new BigDecimal("400"),
        "certification ITIL", LocalDate.of(2026, 11, 29), "certification:" + LEAD + ":itil");
    long reportId = openFirstPeriod();

    assertThat(reporting.computePeriodKpis(reportId, id))
        .contains("Incentives this period: bonuses 400.00 (certifications 400.00, KPI targets 0), penalties 0, "
            + "waivers 0, net 400.00 EUR");
    JsonNode statements = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis").json().path("statements");
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).path("period").asInt()).isEqualTo(1);
    assertThat(statements.get(0).path("bonuses").decimalValue()).isEqualByComparingTo("400");
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode s : statements) {
      sum = sum.add(s.path("net").decimalValue());
    }
    BigDecimal ledgerSum = BigDecimal.ZERO;
    for (JsonNode e : api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/incentives").json()) {
      BigDecimal amount = e.path("amount").decimalValue();
      ledgerSum = e.path("kind").asText().equals("PENALTY") ? ledgerSum.subtract(amount) : ledgerSum.add(amount);
    }
    assertThat(sum).isEqualByComparingTo(ledgerSum).isEqualByComparingTo("400");
  }

  private long openFirstPeriod() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(ReportingVariables.PROCESS_KEY, id,
        Map.of("contractId", id, "vendorGroup", Fixtures.VENDOR_A_GROUP));
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getId());
    return reports.reports(id).stream().filter(r -> r.period() == 1).findFirst().orElseThrow().id();
  }

  private long milestone(String member, String module) {
    return milestones.insert(id, "pilot", member,
        new RequiredTraining(MilestoneKind.TRAINING, module, module, RequiredTraining.FROM_CONTRACT, null, null, null),
        DUE, Instant.now());
  }

  private void close(long milestoneId, MilestoneStatus status, LocalDate on, boolean markedMissed) {
    if (markedMissed) {
      milestones.markMissed(milestoneId);
    }
    assertThat(milestones.close(milestoneId, status, on, "test")).isTrue();
  }
}
