package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.skillgate.platform.engine.FeatureEnginePlugin;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two process engines ("nodes") on one database race to deliver the same few thousand notices: both try
 * every delivery job, at the same time, in random order. Each notice must arrive exactly once.
 */
@SkillGateTest
class TwoNodeDeliveryTest {

  private static final int NOTICES = 2000;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine node1;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired FeatureEnginePlugin featurePlugin;
  @Autowired NoticeRepository notices;
  @Autowired ApplicationContext context;

  @Test
  void everyNoticeIsDeliveredExactlyOnceByTwoNodes() throws Exception {
    String contract = "TWO-NODES-" + UUID.randomUUID().toString().substring(0, 8);
    Set<String> ids = record(contract);
    ProcessEngine node2 = secondNode();
    try {
      ExecutorService threads = Executors.newFixedThreadPool(2);
      for (int round = 0; round < 10 && !myJobs(ids).isEmpty(); round++) {
        List<String> jobs = myJobs(ids);
        Future<?> a = threads.submit(() -> executeInRandomOrder(node1.getManagementService(), jobs));
        Future<?> b = threads.submit(() -> executeInRandomOrder(node2.getManagementService(), jobs));
        a.get();
        b.get();
        // A job that lost a race on a lock is retried after its backoff, as the job executor would.
        ProcessHelpers.clockAt(ProcessHelpers.now().plus(java.time.Duration.ofHours(5)));
      }
      threads.shutdown();
    } finally {
      node2.close();
    }

    Map<String, Long> mailsPerNotice = List.of(mail.getReceivedMessages()).stream()
        .map(Mails::noticeId).filter(ids::contains)
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(mailsPerNotice).hasSize(NOTICES);
    assertThat(mailsPerNotice.values()).containsOnly(1L);
    assertThat(notices.search(contract, NoticeStatus.SENT, null, null, NOTICES)).hasSize(NOTICES);
    assertThat(myJobs(ids)).isEmpty();
  }

  /** The notices and their delivery jobs, recorded as a task event would: one transaction. */
  private Set<String> record(String contract) {
    NoticeTemplates.Rendered rendered = new NoticeTemplates.Rendered("Two nodes", "text", "<p>html</p>");
    return ((ProcessEngineConfigurationImpl) node1.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          Set<String> ids = new java.util.HashSet<>();
          for (int i = 0; i < NOTICES; i++) {
            String id = UUID.randomUUID().toString();
            notices.insert(id, "two-nodes:" + contract, NoticeKind.TASK_CREATED, "user" + i + "@nodes.example", null,
                contract, null, "Two nodes", null, rendered, NoticeStatus.PENDING);
            NoticeJobs.deliver(id);
            ids.add(id);
          }
          return ids;
        });
  }

  /** A second engine on the same database, with SkillGate's feature plugin (notices among its jobs), as a second application node has. */
  private ProcessEngine secondNode() {
    SpringProcessEngineConfiguration config = new SpringProcessEngineConfiguration();
    config.setProcessEngineName("node2-" + UUID.randomUUID());
    config.setDataSource(dataSource);
    config.setTransactionManager(transactions);
    config.setApplicationContext(context);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setIdGenerator(new StrongUuidGenerator());
    config.setJobExecutorActivate(false);
    config.setProcessEnginePlugins(new ArrayList<>(List.of(featurePlugin)));
    return config.buildProcessEngine();
  }

  private List<String> myJobs(Set<String> noticeIds) {
    return node1.getManagementService().createJobQuery().executable().list().stream()
        .filter(j -> noticeIds.contains(((JobEntity) j).getJobHandlerConfigurationRaw()))
        .map(j -> j.getId()).collect(Collectors.toList());
  }

  private static void executeInRandomOrder(ManagementService management, List<String> jobs) {
    List<String> order = new ArrayList<>(jobs);
    Collections.shuffle(order);
    for (String job : order) {
      try {
        management.executeJob(job);
      } catch (RuntimeException lostTheRace) {
        // the other node executed (or is executing) this job: exactly the situation under test
      }
    }
  }

}
