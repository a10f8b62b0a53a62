package io.skillgate.benchmark;

import static io.skillgate.benchmark.BenchmarkReport.f;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Items 1, 2 and 6 of the benchmark: a generated contract driven to its end, against the engine's
 * floor (start → user task → async job → end) measured in the same JVM, engine and DataSource.
 * Runs on the test profile (H2 in memory, job executor off: the driver runs jobs itself, one thread).
 */
@SkillGateTest
@Import(CountingDataSourceConfiguration.class)
@Tag("benchmark")
class LifecycleBenchmark {

  /** Task notices are part of SkillGate's work: they are delivered (the driver runs their jobs) to a local SMTP. */
  @RegisterExtension
  static GreenMailExtension mail = BenchmarkSmtp.server();

  /** The approval a training milestone gets; the onboarding item sign-off stands in where training is not wired. */
  static final List<String> MILESTONE_APPROVAL = List.of("UserTask_ReviewTrainingEvidence", "UserTask_SignOffItem");
  static final int FLOOR_INSTANCES = 400;

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired SqlCounter sql;
  @Autowired JdbcClient jdbc;

  @Test
  void lifecycleAgainstTheEngineFloor() {
    FloorProcess floor = new FloorProcess(repository, runtime, tasks, management);
    ContractDriver driver = new ContractDriver(api, runtime, tasks, management, sql, jdbc);
    floor.deploy();

    // Warm-up: JIT, caches of deployed definitions and decisions.
    floor.run(200, sql);
    driver.drive(GeneratedContract.of(Fixtures.uniqueId("WARM"), 10));

    sql.reset();
    long floorNanos = floor.run(FLOOR_INSTANCES, sql);
    double floorStatements = (double) sql.total() / FLOOR_INSTANCES;
    Map<String, Long> floorTop = sql.top(8);

    sql.reset();
    ContractDriver.Run main = driver.drive(GeneratedContract.of(Fixtures.uniqueId("BENCH"), 50));
    long notices = main.notices();
    if (main.failure() != null) {
      throw new IllegalStateException("the 50-member contract did not reach its end: " + main.failure());
    }
    Map<String, Long> contractTop = sql.top(15);

    // The floor again after the contract: the ratio uses the mean of both, so drift shows.
    long floorNanosAfter = floor.run(FLOOR_INSTANCES, sql);
    double floorRateBefore = FLOOR_INSTANCES / (floorNanos / 1e9);
    double floorRateAfter = FLOOR_INSTANCES / (floorNanosAfter / 1e9);
    double floorRate = (floorRateBefore + floorRateAfter) / 2;

    BenchmarkReport report = new BenchmarkReport("Lifecycle and SQL (H2 in memory, one thread, history full)");
    double ratio = main.tasksPerSecond() / floorRate;
    report.row("1. user tasks/s, 50-member contract to its end (" + main.userTasks() + " tasks)",
        f("%.0f/s", main.tasksPerSecond()), f("%.0f/s floor (%.0f before, %.0f after)", floorRate, floorRateBefore, floorRateAfter),
        f("%.2f", ratio), "≥ 0.7", ratio >= 0.7);

    String approvalKey = MILESTONE_APPROVAL.stream().filter(main.byTask()::containsKey).findFirst().orElseThrow();
    double approvalStatements = main.byTask().get(approvalKey).statementsEach();
    double sqlRatio = approvalStatements / floorStatements;
    report.row("2. SQL statements per milestone approval (" + approvalKey + ")",
        f("%.1f", approvalStatements), f("%.1f per floor lifecycle", floorStatements), f("%.2f×", sqlRatio), "≤ 1.5×",
        sqlRatio <= 1.5);
    report.row("2. SQL statements per user task, whole contract", f("%.1f", (double) main.statements() / main.userTasks()),
        f("%.1f", floorStatements), f("%.2f×", main.statements() / (double) main.userTasks() / floorStatements), "", null);

    report.note(f("The 50-member contract queued %d notices (%.2f per user task); their delivery is item 3.\n",
        notices, (double) notices / main.userTasks()));
    report.note("Statements per task kind (completion plus the async jobs it leaves), 50-member contract:\n");
    report.note("| task | completed | statements each |\n|---|---|---|");
    main.byTask().forEach((k, c) -> report.note(f("| %s | %d | %.1f |", k, c.completed, c.statementsEach())));
    report.note("\nTop statements of the 50-member contract:\n");
    report.note("| count | statement |\n|---|---|");
    contractTop.forEach((s, n) -> report.note(f("| %d | `%s` |", n, s.replace("|", "\\|"))));
    report.note("\nTop statements of the floor (" + FLOOR_INSTANCES + " lifecycles):\n");
    report.note("| count | statement |\n|---|---|");
    floorTop.forEach((s, n) -> report.note(f("| %d | `%s` |", n, s.replace("|", "\\|"))));

    // 6. How cost grows with the team, and what a contract leaves in the database.
    report.note("\nGrowth (6):\n");
    report.note("| members | user tasks | tasks/s | ratio to floor | statements per task | rows left per contract | rows per member | reached the end? |\n|---|---|---|---|---|---|---|---|");
    for (int members : new int[] {10, 50, 200}) {
      long rowsBefore = totalRows();
      ContractDriver.Run run = driver.drive(GeneratedContract.of(Fixtures.uniqueId("GROW"), members));
      long rows = totalRows() - rowsBefore;
      report.note(f("| %d | %d | %.0f | %.2f | %.1f | %d | %.0f | %s |", members, run.userTasks(), run.tasksPerSecond(),
          run.tasksPerSecond() / floorRate, (double) run.statements() / run.userTasks(), rows, (double) rows / members,
          run.failure() == null ? "yes" : "**no**, stopped " + run.failure().replace("|", "/")));
    }
    report.print();
  }

  /** Rows in every table of the schema: what a finished contract leaves behind (history, SkillGate's records). */
  private long totalRows() {
    List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
        + "AND table_type = 'BASE TABLE'").query(String.class).list();
    long rows = 0;
    for (String t : tables) {
      rows += jdbc.sql("SELECT COUNT(*) FROM \"" + t + "\"").query(Long.class).single();
    }
    return rows;
  }
}
