package io.skillgate.benchmark;

import static io.skillgate.benchmark.BenchmarkReport.f;
import static io.skillgate.benchmark.QueryLatencyBenchmark.ms;
import static io.skillgate.benchmark.QueryLatencyBenchmark.percentiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Goal 3: a portfolio of generated contracts (200 members each, over four vendors) registered through
 * the API of SkillGate on PostgreSQL, doubling from 5 to 10 to 20 contracts. At each size: how long
 * registering took, how long the job executor took to drain what the contracts queued (continuations
 * and notices, delivered to a local SMTP server), then the busiest day of timers ahead; the Tasklist filters against
 * their SQL floor; and the dashboard's two requests for one contract against theirs. The last rows
 * set each figure against the same figure at half the portfolio.
 */
@Tag("benchmark")
@ExtendWith(BenchmarkGoalsExtension.class)
class PortfolioBenchmark {

  static final String DB = "skillgate_portfolio";
  static final String URL = QueryLatencyBenchmark.SERVER + DB;
  static final int MEMBERS = Integer.getInteger("skillgate.portfolio.members", 200);
  static final int[] SIZES = Arrays.stream(System.getProperty("skillgate.portfolio.sizes", "5,10,20").split(","))
      .mapToInt(Integer::parseInt).toArray();
  static final String[] VENDORS = {"vendor-northwind", "vendor-v1", "vendor-v2", "vendor-v3"};
  /**
   * Requests timed per figure. The requests here take 5–40 ms, so a p95 of 50 samples (the third worst)
   * swung one figure from ×0.94 to ×1.40 between two runs of the same code; 200 samples steady it.
   */
  static final int SAMPLES = 200;
  /** One member in this many is onboarded as far as the reviewers' approval. */
  static final int ONBOARDED_SHARE = 10;
  /** A day's timers fall due together; the job executor must be done with them within this window. */
  static final Duration WINDOW = Duration.ofHours(1);
  /** Waiting for a drain longer than this stops the benchmark: that backlog is the finding. */
  static final Duration DRAIN_LIMIT = Duration.ofMinutes(20);

  @RegisterExtension
  static GreenMailExtension mail = BenchmarkSmtp.server();

  private final ObjectMapper json = new ObjectMapper();

  /** One portfolio size's figures, in milliseconds (p95 for requests). */
  record Step(int contracts, Map<String, Double> figures) {}

  @Test
  void aPortfolioOfContractsDoubling() throws Exception {
    try (Connection c = DriverManager.getConnection(QueryLatencyBenchmark.SERVER + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB);
      s.execute("CREATE DATABASE " + DB);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL not reachable as postgres at " + QueryLatencyBenchmark.SERVER + ": " + e.getMessage());
    }
    Map<String, String> env = Map.of(
        "SKILLGATE_DB_URL", URL, "SKILLGATE_DB_USER", "postgres", "SKILLGATE_DB_PASSWORD", "",
        "SKILLGATE_ADMIN_PASSWORD", QueryLatencyBenchmark.ADMIN_PASSWORD,
        "SKILLGATE_PROCESSES_DIR", AppProcess.TARGET.toAbsolutePath().getParent().resolve("processes").toString(),
        "SKILLGATE_SMTP_HOST", "127.0.0.1", "SKILLGATE_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
    BenchmarkReport report = new BenchmarkReport(f("Portfolio (PostgreSQL, contracts of %d members, sizes %s)",
        MEMBERS, Arrays.toString(SIZES)));
    List<Step> steps = new ArrayList<>();
    try (AppProcess app = AppProcess.start("skillgate-portfolio", AppProcess.skillGateClasspath(),
        "io.skillgate.SkillGateApplication", env, List.of("--spring.profiles.active=postgres"))) {
      AppRest rest = new AppRest(app, user -> "admin".equals(user)
          ? QueryLatencyBenchmark.ADMIN_PASSWORD : QueryLatencyBenchmark.USER_PASSWORD);
      user(rest, "rita", "reviewers");
      List<String> contracts = new ArrayList<>();
      for (int size : SIZES) {
        steps.add(grow(rest, contracts, size, report));
      }
    }
    record(report, steps);
    report.print();
  }

  private Step grow(AppRest rest, List<String> contracts, int size, BenchmarkReport report) throws Exception {
    Map<String, Double> figures = new LinkedHashMap<>();
    long start = System.nanoTime();
    int before = contracts.size();
    while (contracts.size() < size) {
      int n = contracts.size();
      String id = f("PF-%03d", n + 1);
      ObjectNode contract = GeneratedContract.of(id, MEMBERS);
      String group = VENDORS[n % VENDORS.length];
      ((ObjectNode) contract.get("vendor")).put("group", group)
          .put("name", "Vendor " + group.substring("vendor-".length()));
      rest.send("rita", "POST", "/api/contracts", json.writeValueAsString(contract), "application/json");
      if (n < VENDORS.length) {
        user(rest, vendorUser(group), group); // the group exists once its first contract is registered
      }
      // Live: the vendor confirms the upskilling plan and a reviewer approves it, so every member's onboarding starts.
      complete(rest, vendorUser(group), id, "UserTask_ConfirmUpskillingPlan",
          "{\"vendorComment\":{\"value\":\"we confirm\"}}");
      complete(rest, "rita", id, "UserTask_ApproveUpskillingPlan", "{\"planDecision\":{\"value\":\"approve\"}}");
      onboardFirstMembers(rest, vendorUser(group), id);
      contracts.add(id);
    }
    figures.put("register and start, per contract (s)", (System.nanoTime() - start) / 1e9 / (size - before));
    Drain queued = drain();
    figures.put("drain what registering queued (s)", queued.seconds());
    long moved = aDayOfTimersFallsDue();
    Drain day = drain();
    figures.put("drain a day's timers (s)", day.seconds());
    analyze();
    long unsent = notices("PENDING") + notices("SENDING") + notices("FAILED");
    report.note(f("%d contracts: %d registered and started in %.0f s; the job executor ran %d jobs in %.0f s after "
            + "that; %d jobs of the busiest day ahead moved to now ran %d jobs in %.0f s; %d notices sent, %d not sent "
            + "(pending, sending or failed), %d mails received by the SMTP server; %d open tasks; %d jobs not yet due.",
        size, size - before, figures.get("register and start, per contract (s)") * (size - before), queued.jobs(),
        queued.seconds(), moved, day.jobs(), day.seconds(), notices("SENT"), unsent, mail.getReceivedMessages().length,
        count("SELECT COUNT(*) FROM ACT_RU_TASK"), count("SELECT COUNT(*) FROM ACT_RU_JOB")));
    if (queued.backlog() > 0 || day.backlog() > 0) {
      report.note(f("**%d contracts: %d jobs still due after %s.**", size, queued.backlog() + day.backlog(), DRAIN_LIMIT));
    }
    // Left after the drains: jobs still due, and notices not delivered (a lost or stuck mail counts here).
    figures.put("backlog (jobs and unsent notices)", (double) (queued.backlog() + day.backlog() + unsent));

    var vendor = rest.filter(vendorUser(VENDORS[0]), "My group tasks", SAMPLES, report);
    var reviewer = rest.filter("rita", "Due soon / overdue", SAMPLES, report);
    var reviewerGroup = rest.filter("rita", "My group tasks", SAMPLES, report);
    var vendorFloor = SqlFloor.myGroupTasks(URL, vendorUser(VENDORS[0]), SAMPLES, report);
    var reviewerFloor = SqlFloor.dueSoon(URL, "rita", SAMPLES, report);
    var reviewerGroupFloor = SqlFloor.myGroupTasks(URL, "rita", SAMPLES, report);
    put(figures, "vendor \"My group tasks\", page", vendor.list(), vendorFloor.list());
    put(figures, "vendor \"My group tasks\", count", vendor.count(), vendorFloor.count());
    put(figures, "reviewer \"Due soon / overdue\", page", reviewer.list(), reviewerFloor.list());
    put(figures, "reviewer \"Due soon / overdue\", count", reviewer.count(), reviewerFloor.count());
    put(figures, "reviewer \"My group tasks\", page", reviewerGroup.list(), reviewerGroupFloor.list());
    put(figures, "reviewer \"My group tasks\", count", reviewerGroup.count(), reviewerGroupFloor.count());

    // The dashboard of the first contract: the oldest, so the one with the most history behind it.
    String first = contracts.get(0);
    long[] kpis = rest.timeGet("rita", "/api/contracts/" + first + "/kpis", SAMPLES);
    long[] progress = rest.timeGet("rita", "/api/contracts/" + first + "/progress", SAMPLES);
    long[][] floor = DashboardFloor.measure(URL, first, VENDORS[0], SAMPLES);
    put(figures, "dashboard /kpis", kpis, floor[0]);
    put(figures, "dashboard /progress", progress, floor[1]);
    report.note(f("%d contracts: /kpis %s (floor %s); /progress %s (floor %s).", size, percentiles(kpis),
        percentiles(floor[0]), percentiles(progress), percentiles(floor[1])));
    return new Step(size, figures);
  }

  /**
   * The vendor provisions access for the first tenth of the members and records evidence for each item of their
   * learning path, so the reviewers have onboarding approvals waiting, as in a running contract.
   */
  private void onboardFirstMembers(AppRest rest, String vendorUser, String contractId) throws Exception {
    for (int i = 0; i < Math.max(1, MEMBERS / ONBOARDED_SHARE); i++) {
      String task = await(rest, vendorUser, contractId, "UserTask_ProvisionAccess");
      String member = json.readTree(rest.send(vendorUser, "GET", "/engine-rest/task/" + task + "/variables/memberId",
          null, "application/json")).get("value").asText();
      rest.send(vendorUser, "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":{\"accessProvisioned\":"
          + "{\"value\":true},\"accessNote\":{\"value\":\"claims system and mail\"}}}", "application/json");
      String path = "/api/contracts/" + contractId + "/members/" + member;
      for (var item : json.readTree(rest.send(vendorUser, "GET", path, null, "application/json")).get("learningPath")) {
        if ("OPEN".equals(item.get("status").asText())) {
          rest.send(vendorUser, "POST", path + "/items/" + item.get("id").asText() + "/evidence",
              "{\"date\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"durationMinutes\":90,"
                  + "\"with\":\"Harbor trainer\",\"reference\":\"https://lms.example/rec/1\"}", "application/json");
        }
      }
    }
  }

  /** Completes the contract's task of that kind as the user, once the job executor has created it. */
  private void complete(AppRest rest, String user, String contractId, String taskKey, String variables)
      throws Exception {
    rest.send(user, "POST", "/engine-rest/task/" + await(rest, user, contractId, taskKey) + "/complete",
        "{\"variables\":" + variables + "}", "application/json");
  }

  /** The id of an open task of that kind the user can see in the contract, once the job executor has created it. */
  private String await(AppRest rest, String user, String contractId, String taskKey) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      var open = json.readTree(rest.send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + contractId
          + "&taskDefinitionKey=" + taskKey + "&maxResults=1", null, "application/json"));
      if (!open.isEmpty()) {
        return open.get(0).get("id").asText();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(contractId + ": no " + taskKey + " for " + user + " after 2 minutes");
      }
      Thread.sleep(100);
    }
  }

  /** A request's p95 and its floor's, under "<name>" and "<name> floor". */
  private static void put(Map<String, Double> figures, String name, long[] nanos, long[] floor) {
    figures.put(name, ms(nanos, 0.95));
    figures.put(name + " floor", ms(floor, 0.95));
  }

  /** Jobs run and seconds until no job is due; backlog: jobs still due when the limit was reached. */
  record Drain(long jobs, double seconds, long backlog) {}

  private Drain drain() throws Exception {
    long logBefore = count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2");
    long start = System.nanoTime();
    long due;
    while ((due = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE (DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP) "
        + "AND RETRIES_ > 0 AND SUSPENSION_STATE_ = 1")) > 0 && System.nanoTime() - start < DRAIN_LIMIT.toNanos()) {
      Thread.sleep(200);
    }
    return new Drain(count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2") - logBefore,
        (System.nanoTime() - start) / 1e9, due);
  }

  /**
   * The busiest day ahead arrives: every job due that day (BPMN timers, task reminders and escalations, priority
   * changes; not the history cleanup, which has its own window) is made due now, as if the clock had reached it.
   * Returns how many were moved.
   */
  private long aDayOfTimersFallsDue() throws SQLException {
    String ahead = "HANDLER_TYPE_ <> 'history-cleanup' AND DUEDATE_ > CURRENT_TIMESTAMP";
    try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
      return s.executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = CURRENT_TIMESTAMP WHERE " + ahead
          + " AND DATE_TRUNC('day', DUEDATE_) = (SELECT DATE_TRUNC('day', DUEDATE_) FROM ACT_RU_JOB WHERE " + ahead
          + " GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1)");
    }
  }

  private void analyze() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("ANALYZE"); // as autovacuum would soon after such a load
    }
  }

  private long notices(String status) throws SQLException {
    return count("SELECT COUNT(*) FROM notice WHERE status = '" + status + "'");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The one vendor user of each vendor group: vera-northwind, vera-v1, … */
  private static String vendorUser(String vendorGroup) {
    return "vera-" + vendorGroup.substring("vendor-".length());
  }

  /** A user with the benchmark's password, member of the group. */
  private void user(AppRest rest, String user, String group) throws Exception {
    rest.send("admin", "POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + user + "\",\"firstName\":\""
        + user + "\",\"lastName\":\"Portfolio\",\"email\":\"" + user + "@example.org\"},\"credentials\":{\"password\":\""
        + QueryLatencyBenchmark.USER_PASSWORD + "\"}}", "application/json");
    rest.send("admin", "PUT", "/engine-rest/group/" + group + "/members/" + user, null, "application/json");
  }

  /** Every size's figures as rows, the doubling rows, and goals 3.1 to 3.4 from the largest portfolio. */
  private void record(BenchmarkReport report, List<Step> steps) {
    Step last = steps.get(steps.size() - 1);
    Map<String, Double> l = last.figures();
    for (Step s : steps) {
      s.figures().forEach((name, value) -> {
        if (!name.endsWith(" floor")) {
          Double floor = s.figures().get(name + " floor");
          report.row(f("3. %d contracts: %s", s.contracts(), name), f("%.1f", value),
              floor == null ? "" : f("%.1f ms SQL floor", floor), floor == null ? "" : f("%.1f×", value / floor),
              null, null);
        }
      });
    }
    // 3.1: the worst of the Tasklist requests against its SQL floor.
    String worstTasklist = null;
    double worstRatio = 0;
    for (String name : List.of("vendor \"My group tasks\", page", "vendor \"My group tasks\", count",
        "reviewer \"Due soon / overdue\", page", "reviewer \"Due soon / overdue\", count",
        "reviewer \"My group tasks\", page", "reviewer \"My group tasks\", count")) {
      double ratio = l.get(name) / l.get(name + " floor");
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worstTasklist = name;
      }
    }
    BenchmarkGoals.record("3.1", f("%.1f ms, %s (worst of six)", l.get(worstTasklist), worstTasklist),
        f("%.1f ms SQL floor", l.get(worstTasklist + " floor")), worstRatio, worstRatio <= 2);
    // 3.2: the slower of the dashboard's two requests, against 300 ms; its floor shown beside it.
    String dashboard = l.get("dashboard /kpis") >= l.get("dashboard /progress") ? "dashboard /kpis" : "dashboard /progress";
    double p95 = l.get(dashboard);
    BenchmarkGoals.record("3.2", f("%.0f ms, %s (slower of two; the other %.0f ms)", p95, dashboard,
            l.get(dashboard.equals("dashboard /kpis") ? "dashboard /progress" : "dashboard /kpis")),
        f("300 ms target; SQL floor %.1f ms (%.1f×)", l.get(dashboard + " floor"), p95 / l.get(dashboard + " floor")),
        p95 / 300, p95 <= 300);
    // 3.3: the day's timers and what registering queued, drained within the window with nothing left.
    double drained = Math.max(l.get("drain a day's timers (s)"), l.get("drain what registering queued (s)"));
    double left = l.get("backlog (jobs and unsent notices)");
    boolean noBacklog = left == 0;
    BenchmarkGoals.record("3.3", f("%.0f s to drain, %.0f jobs and unsent notices left", drained, left),
        f("%d min window", WINDOW.toMinutes()), drained / WINDOW.toSeconds(),
        noBacklog && drained <= WINDOW.toSeconds());
    // 3.4: each figure against the same figure at the previous size, one row per doubling.
    double worstFlat = 0;
    String worstFlatName = null;
    for (int i = 1; i < steps.size(); i++) {
      Step a = steps.get(i - 1);
      Step b = steps.get(i);
      StringBuilder growth = new StringBuilder();
      for (String name : b.figures().keySet()) {
        double from = a.figures().get(name);
        double to = b.figures().get(name);
        if (name.endsWith(" floor") || name.startsWith("backlog") || from == 0) {
          continue;
        }
        growth.append(f("%s ×%.2f; ", name, to / from));
        if (perContract(name) && to / from > worstFlat) {
          worstFlat = to / from;
          worstFlatName = name + f(" (%d → %d)", a.contracts(), b.contracts());
        }
      }
      report.row(f("3.4 %d → %d contracts", a.contracts(), b.contracts()), growth.toString(), "", "", null, null);
    }
    if (worstFlatName != null) {
      BenchmarkGoals.record("3.4", f("a row per doubling (%d); per-contract figures grow at most ×%.2f, %s",
          steps.size() - 1, worstFlat, worstFlatName), "the same figure at half the portfolio", worstFlat,
          worstFlat <= 1.2);
    }
  }

  /** Figures of one contract, which should not grow with the portfolio. */
  private static boolean perContract(String name) {
    return name.startsWith("dashboard") || name.startsWith("register");
  }
}
