package io.skillgate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every goal of the performance issue, in one table for one run: measured, baseline, ratio, target, met.
 * The benchmarks record their goals here as they measure them; {@link BenchmarkGoalsExtension} prints the
 * table when the run ends and writes it to target/benchmark-report.md. A goal no benchmark of the run
 * measured says "not measured" instead of disappearing. The registry lives in the test JVM, so a table
 * never mixes figures of two runs.
 */
final class BenchmarkGoals {

  static final Path FILE = AppProcess.TARGET.resolve("benchmark-report.md");

  record Goal(String id, String what, String target) {}

  record Result(String measured, String baseline, String ratio, boolean met) {}

  static final List<Goal> GOALS = List.of(
      new Goal("1.1", "Lifecycle: user tasks/s, 50-member contract", "≥ 0.8× engine floor"),
      new Goal("1.2", "Lifecycle: SQL statements per user task", "≤ 1.3× floor's"),
      new Goal("1.3", "Lifecycle: SQL statements per milestone approval", "≤ 1.3× floor's"),
      new Goal("1.4", "Lifecycle: 200-member throughput against the 10-member", "≥ 0.9×"),
      new Goal("2.1", "Tasklist (PostgreSQL, 50,000 open tasks): vendor \"My group tasks\", page of 15, p95", "≤ 2× SQL floor"),
      new Goal("2.2", "Tasklist: vendor \"My group tasks\", count, p95", "≤ 2× SQL floor"),
      new Goal("2.3", "Tasklist: reviewer \"Due soon / overdue\", page of 15, p95", "≤ 2× SQL floor"),
      new Goal("2.4", "Tasklist: reviewer \"Due soon / overdue\", count, p95", "≤ 2× SQL floor"),
      new Goal("2.5", "Tasklist: vendor page, p95, against the admin's unauthorised filter", "≤ 1.2×"),
      new Goal("2.6", "Tasklist: vendor count, p95, against the admin's unauthorised count", "≤ 1.2×"),
      new Goal("2.7", "Tasklist: reviewer page, p95, against the admin's unauthorised filter", "≤ 1.2×"),
      new Goal("2.8", "Tasklist: reviewer count, p95, against the admin's unauthorised count", "≤ 1.2×"),
      new Goal("3.1", "Portfolio (20 contracts × 200 members): Tasklist p95 as in goal 2", "≤ 2× SQL floor"),
      new Goal("3.2", "Portfolio: dashboard and /kpis p95, largest contract", "≤ 300 ms"),
      new Goal("3.3", "Portfolio: job executor drains a day's timers and notices", "no backlog after the window"),
      new Goal("3.4", "Portfolio: cost of each figure as the portfolio doubles",
          "a row per doubling; per-contract figures ≤ 1.2×"),
      new Goal("4.1", "Notices/s, 1 delivery thread, none lost", "≥ 0.85× plain SMTP, open connection"),
      new Goal("4.2", "Notices/s, 4 delivery threads, none lost", "≥ 0.85× plain SMTP, open connections"),
      new Goal("5.1", "Boot to health UP", "≤ 1.2× bare starter"),
      new Goal("5.2", "Resident memory when ready", "≤ 1.1× bare starter"));

  private static final Map<String, Result> RESULTS = new LinkedHashMap<>();

  private BenchmarkGoals() {}

  static synchronized void record(String id, String measured, String baseline, double ratio, boolean met) {
    record(id, measured, baseline, BenchmarkReport.f("%.2f", ratio), met);
  }

  static synchronized void record(String id, String measured, String baseline, String ratio, boolean met) {
    if (GOALS.stream().noneMatch(g -> g.id().equals(id))) {
      throw new IllegalArgumentException("no goal " + id);
    }
    RESULTS.put(id, new Result(measured, baseline, ratio, met));
  }

  static synchronized boolean anyRecorded() {
    return !RESULTS.isEmpty();
  }

  static synchronized String table() {
    StringBuilder out = new StringBuilder("\n### Goals of the run (" + Instant.now() + ")\n\n")
        .append("| goal | measured | baseline (same run) | ratio | target | met |\n|---|---|---|---|---|---|\n");
    for (Goal g : GOALS) {
      Result r = RESULTS.get(g.id());
      String what = g.id() + " " + g.what();
      if (r == null) {
        out.append("| ").append(what).append(" | not measured | | | ").append(g.target()).append(" | not measured |\n");
      } else {
        out.append("| ").append(String.join(" | ", what, r.measured(), r.baseline(), r.ratio(), g.target(),
            r.met() ? "met" : "**missed**")).append(" |\n");
      }
    }
    return out.toString();
  }

  /** Prints the table and writes it (replacing the file of an earlier run). */
  static void publish() {
    String table = table();
    System.out.println(table);
    try {
      Files.createDirectories(FILE.toAbsolutePath().getParent());
      Files.writeString(FILE, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
