package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.http.HttpRequest;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notice delivery job, the one job kind the packaged app's embedded default never has (it
 * holds notices while no SMTP server is configured): here SMTP is configured, a new contract's
 * notices wait in delivery jobs (the test profile runs no job executor), and a vendor and a
 * reviewer try every job operation on them over HTTP. Refused, and every job is unchanged.
 */
@Tag("security")
@SkillGateTest
class NoticeDeliveryJobAttackTest {

  @Autowired Api api;
  @Autowired ManagementService management;

  @Test
  void deliveryJobsAreNeitherSeenNorChangedByVendorsOrReviewers() {
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(Fixtures.uniqueId("DLV"))).status())
        .isEqualTo(201);
    List<Job> delivery = management.createJobQuery().list().stream()
        .filter(j -> j.getProcessInstanceId() == null && j.getDuedate() == null).toList();
    assertThat(delivery).as("delivery jobs waiting").isNotEmpty();

    for (String user : List.of(TestSupport.VENDOR_A, TestSupport.REVIEWER)) {
      for (Job job : delivery) {
        for (String operation : UnownedJobAttackTest.OPERATIONS) {
          String[] parts = operation.split(" ", 3);
          String body = parts.length > 2 ? parts[2].replace("{job}", job.getId()) : null;
          Api.Response reply = api.send(user, HttpRequest.newBuilder(api.uri("/engine-rest" + parts[1].replace("{job}", job.getId())))
              .header("Content-Type", "application/json")
              .method(parts[0], body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
          assertThat(reply.status()).as(user + " " + operation + " " + reply).isEqualTo(403);
          assertThat(reply.body()).contains("you are not allowed to do this");
        }
      }
    }

    for (Job before : delivery) {
      Job after = management.createJobQuery().jobId(before.getId()).singleResult();
      assertThat(after).as("job " + before.getId() + " still there").isNotNull();
      assertThat(after.getRetries()).isEqualTo(before.getRetries());
      assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
      assertThat(after.isSuspended()).isEqualTo(before.isSuspended());
      assertThat(after.getPriority()).isEqualTo(before.getPriority());
    }
  }
}
