package io.skillgate.benchmark;

import static io.skillgate.benchmark.BenchmarkReport.f;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Item 5: time from process start to /actuator/health UP, and resident memory when ready, of
 * SkillGate (embedded default: H2 file, demo data) against a bare Camunda starter app with the same
 * jars and engine settings ({@link io.skillgate.benchmark.bare.BareCamundaApplication}). Each starts
 * on a fresh database, alternately, so load from elsewhere on the machine hits both alike.
 */
@Tag("benchmark")
@ExtendWith(BenchmarkGoalsExtension.class)
class BootBenchmark {

  static final int ROUNDS = 2;

  @Test
  void bootTimeAndMemoryAgainstABareCamundaApp() throws Exception {
    List<long[]> skillGate = new ArrayList<>();
    List<long[]> bare = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      bare.add(boot("bare", AppProcess.bareClasspath(), "io.skillgate.benchmark.bare.BareCamundaApplication", false));
      skillGate.add(boot("skillgate", AppProcess.skillGateClasspath(), "io.skillgate.SkillGateApplication", true));
    }
    double skillGateMs = mean(skillGate, 0);
    double bareMs = mean(bare, 0);
    double skillGateRss = mean(skillGate, 1);
    double bareRss = mean(bare, 1);

    BenchmarkReport report = new BenchmarkReport("Boot and memory (own JVM, default heap settings, fresh H2 file database)");
    report.row(f("5. boot to health UP, mean of %d", ROUNDS), f("%.1f s", skillGateMs / 1000),
        f("%.1f s bare Camunda app", bareMs / 1000), f("%.2f×", skillGateMs / bareMs), "≤ 1.2×", skillGateMs / bareMs <= 1.2);
    report.row("5. resident memory when ready", f("%.0f MB", skillGateRss), f("%.0f MB bare Camunda app", bareRss),
        f("%.2f×", skillGateRss / bareRss), "≤ 1.1×", skillGateRss / bareRss <= 1.1);
    BenchmarkGoals.record("5.1", f("%.1f s (mean of %d)", skillGateMs / 1000, ROUNDS), f("%.1f s bare starter", bareMs / 1000),
        skillGateMs / bareMs, skillGateMs / bareMs <= 1.2);
    BenchmarkGoals.record("5.2", f("%.0f MB", skillGateRss), f("%.0f MB bare starter", bareRss),
        skillGateRss / bareRss, skillGateRss / bareRss <= 1.1);
    report.note("Each boot: " + describe("SkillGate", skillGate) + "; " + describe("bare", bare) + ".");
    report.print();
  }

  private static long[] boot(String name, List<String> classpath, String main, boolean skillGate) throws Exception {
    Path data = Files.createTempDirectory("skillgate-bench-" + name);
    Map<String, String> env = Map.of(
        "SKILLGATE_DATA_DIR", data.toString(),
        "SKILLGATE_PROCESSES_DIR", AppProcess.TARGET.toAbsolutePath().getParent().resolve("processes").toString(),
        "SKILLGATE_SMTP_HOST", "");
    List<String> args = skillGate ? List.of() : List.of(
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("bare"), "--spring.datasource.username=sa",
        "--spring.flyway.enabled=false",
        "--camunda.bpm.history-level=full", "--camunda.bpm.authorization.enabled=true",
        "--camunda.bpm.database.schema-update=true",
        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin");
    try (AppProcess app = AppProcess.start(name, classpath, main, env, args)) {
      Thread.sleep(3000); // let start-up work that runs after "ready" (caches, first jobs) settle
      return new long[] {app.readyMillis, app.rssMegabytes()};
    }
  }

  private static double mean(List<long[]> runs, int i) {
    return runs.stream().mapToLong(r -> r[i]).average().orElseThrow();
  }

  private static String describe(String name, List<long[]> runs) {
    return name + " " + runs.stream().map(r -> f("%.1f s / %d MB", r[0] / 1000.0, r[1])).toList();
  }
}
