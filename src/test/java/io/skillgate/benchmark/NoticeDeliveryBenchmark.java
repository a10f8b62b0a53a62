package io.skillgate.benchmark;

import static io.skillgate.benchmark.BenchmarkReport.f;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Item 3: task notices delivered to a local SMTP server (GreenMail), through SkillGate's own path
 * (task created → notice recorded → delivery job → claim, send, mark SENT), against plain sends of
 * the same mails to the same server over one open connection per thread: the SMTP floor.
 */
@SkillGateTest
@Import(CountingDataSourceConfiguration.class)
@Tag("benchmark")
@ExtendWith(BenchmarkGoalsExtension.class)
class NoticeDeliveryBenchmark {

  @RegisterExtension
  static GreenMailExtension mail = BenchmarkSmtp.server();

  static final String KEY = "BenchmarkNoticeSourceProcess";
  static final int TASKS = 500;
  static final String DELIVER = "skillgate-deliver-notice";
  /** The header each notice's mail carries its notice id in (NoticeMailer). */
  static final String NOTICE_HEADER = "X-SkillGate-Notice";

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JavaMailSender sender;
  @Autowired SqlCounter sql;

  @Test
  void noticesPerSecondAgainstPlainSmtp() throws Exception {
    String contractId = Fixtures.uniqueId("NOTE");
    api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId));
    // Each task of the contract's vendor group: one notice to the vendor user, one to the vendor's contact.
    repository.createDeployment().name("benchmark-notices").enableDuplicateFiltering(true)
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).name("Benchmark notices")
            .camundaHistoryTimeToLive(1).startEvent().userTask().name("Benchmark task")
            .camundaCandidateGroups(Fixtures.VENDOR_A_GROUP).endEvent().done())
        .deploy();

    BenchmarkReport report = new BenchmarkReport("Notices (GreenMail on localhost, H2 in memory)");
    deliver(contractId, 100, 1); // warm-up
    for (int threads : new int[] {1, 4}) {
      Delivery d = deliver(contractId, TASKS, threads);
      double floor = keptOpenSends(i -> copyOf(d.sample, i), d.notices, threads);
      double perMail = plainSends(i -> copyOf(d.sample, i), d.notices, threads);
      // What the floor was before it sent copies of the notice: a short mail of the same shape.
      String subject = d.sample.getSubject();
      double shortFloor = keptOpenSends(i -> shortMail(subject, i), d.notices, threads);
      double ratio = d.perSecond / floor;
      report.row(f("3. notices/s, %d notices, %d delivery thread(s); lost: %d", d.notices, threads, d.lost),
          f("%.0f/s", d.perSecond), f("%.0f/s plain sends over open connections (%.0f/s with a connection per mail)",
              floor, perMail), f("%.2f", ratio), "≥ 0.85× open-connection sends, none lost", ratio >= 0.85 && d.lost == 0);
      BenchmarkGoals.record(threads == 1 ? "4.1" : "4.2", f("%.0f/s, %d notices, %d lost", d.perSecond, d.notices, d.lost),
          f("%.0f/s plain SMTP over open connection(s)", floor), ratio, ratio >= 0.85 && d.lost == 0);
      report.note(f("%d thread(s): the floor sends copies of a delivered notice (body of %d bytes); a short text-and-HTML "
          + "mail instead: %.0f/s.", threads, d.sample.getSize(), shortFloor));
      report.note(f("%d thread(s): %.1f SQL statements per notice delivered; most frequent:", threads,
          statementsPerNotice));
      report.note("\n| count | statement |\n|---|---|");
      topStatements.forEach((stmt, n) -> report.note(f("| %d | `%s` |", n, stmt.replace("|", "\\|"))));
      report.note("");
    }
    report.note("Delivery threads call ManagementService.executeJob, as the job executor's threads do "
        + "(the job executor is off in this profile). Recording a notice happens in the task's own transaction "
        + "and is part of the lifecycle figures, not of these.");
    report.print();
  }

  /** SQL statements per delivered notice in the last delivery run, and the most frequent ones. */
  private double statementsPerNotice;
  private java.util.Map<String, Long> topStatements = java.util.Map.of();

  record Delivery(int notices, double perSecond, long lost, MimeMessage sample) {}

  private Delivery deliver(String contractId, int tasks, int threads) throws Exception {
    Set<String> earlier = deliveryJobs().stream().map(Job::getId).collect(Collectors.toSet());
    for (int i = 0; i < tasks; i++) {
      runtime.startProcessInstanceByKey(KEY, contractId);
    }
    List<Job> jobs = deliveryJobs().stream().filter(j -> !earlier.contains(j.getId())).toList();
    Set<String> noticeIds = jobs.stream().map(j -> ((JobEntity) j).getJobHandlerConfigurationRaw())
        .collect(Collectors.toSet());
    int received = mail.getReceivedMessages().length;
    sql.reset();
    sql.counting(true);
    long start = System.nanoTime();
    try {
      runAll(jobs.stream().map(j -> (Runnable) () -> management.executeJob(j.getId())).toList(), threads);
    } finally {
      sql.counting(false);
    }
    double perSecond = jobs.size() / ((System.nanoTime() - start) / 1e9);
    statementsPerNotice = (double) sql.total() / jobs.size();
    topStatements = sql.top(12);
    MimeMessage[] all = mail.getReceivedMessages();
    // GreenMail lists mails by mailbox, not by arrival: find ours by their notice ids.
    List<MimeMessage> ours = Arrays.stream(all).filter(m -> noticeIds.contains(noticeId(m))).toList();
    long distinct = ours.stream().map(NoticeDeliveryBenchmark::noticeId).distinct().count();
    if (ours.isEmpty()) {
      throw new IllegalStateException(f("no notice arrived: %d tasks, %d delivery jobs, %d mails before, %d after",
          tasks, jobs.size(), received, all.length));
    }
    return new Delivery(jobs.size(), perSecond, noticeIds.size() - distinct, ours.get(0));
  }

  private List<Job> deliveryJobs() {
    return management.createJobQuery().executable().list().stream()
        .filter(j -> DELIVER.equals(((JobEntity) j).getJobHandlerType())).toList();
  }

  /** Makes the i-th mail of a floor. */
  private interface Mails {
    MimeMessage make(int i) throws MessagingException;
  }

  /** n mails sent over one open connection per thread: what SMTP itself allows. */
  private double keptOpenSends(Mails mails, int n, int threads) throws Exception {
    JavaMailSenderImpl smtp = (JavaMailSenderImpl) sender;
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    long start = System.nanoTime();
    runAll(java.util.stream.IntStream.range(0, threads).mapToObj(t -> (Runnable) () -> {
      try (Transport transport = smtp.getSession().getTransport("smtp")) {
        transport.connect(smtp.getHost(), smtp.getPort(), null, null);
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          MimeMessage m = mails.make(i);
          m.saveChanges();
          transport.sendMessage(m, m.getAllRecipients());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList(), threads);
    return n / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * A delivered notice as SkillGate wrote it (subject, text and HTML parts), to a floor address; without
   * the notice header, so the copies are never counted as deliveries, and without the received headers.
   */
  private static MimeMessage copyOf(MimeMessage notice, int i) throws MessagingException {
    MimeMessage m = new MimeMessage(notice);
    m.removeHeader(NOTICE_HEADER);
    m.removeHeader("Received");
    m.removeHeader("Return-Path");
    m.setRecipients(jakarta.mail.Message.RecipientType.TO, "floor" + i + "@northwind.example");
    return m;
  }

  private MimeMessage shortMail(String subject, int i) throws MessagingException {
    MimeMessage m = sender.createMimeMessage();
    MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
    h.setFrom("skillgate@localhost");
    h.setTo("floor" + i + "@northwind.example");
    h.setSubject(subject);
    h.setText("plain floor mail " + i, "<p>plain floor mail " + i + "</p>");
    return m;
  }

  /** n mails sent through JavaMailSender.send, which connects for every mail. */
  private double plainSends(Mails mails, int n, int threads) throws Exception {
    long start = System.nanoTime();
    runAll(java.util.stream.IntStream.range(0, n).mapToObj(i -> (Runnable) () -> {
      try {
        sender.send(mails.make(i));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList(), threads);
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static void runAll(List<Runnable> work, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Future<?> f : pool.invokeAll(work.stream().map(java.util.concurrent.Executors::callable).toList())) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String noticeId(MimeMessage m) {
    try {
      String[] v = m.getHeader(NOTICE_HEADER);
      return v == null ? null : v[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
