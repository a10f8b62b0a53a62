package io.skillgate.platform.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** An old task link (the task completed or cancelled since the mail went out) is a plain 404, on both engine APIs. */
@SkillGateTest
class OldTaskLinkTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLog() {
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    root.detachAppender(log);
  }

  @Test
  void theFormOfACancelledOrUnknownTaskIsA404WithAPlainMessageAndNoError() throws Exception {
    String id = Fixtures.uniqueId("OLD");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
    assertThat(api.get(TestSupport.VENDOR_A, "/engine-rest/task/" + taskId + "/deployed-form").status())
        .as("the open task's form").isEqualTo(200);
    runtime.deleteProcessInstance(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId(), "test");

    for (String user : List.of(TestSupport.VENDOR_A, TestSupport.REVIEWER, TestSupport.ADMIN)) {
      // Task ids are UUIDs (a vendor's call with an id of another shape is refused by the allowlist).
      for (String gone : List.of(taskId, java.util.UUID.randomUUID().toString())) {
        Api.Response r = api.get(user, "/engine-rest/task/" + gone + "/deployed-form");
        assertThat(r.status()).as(user + " " + gone + ": " + r.body()).isEqualTo(404);
        assertThat(r.json().path("message").asText()).isEqualTo(OpenTasks.GONE);
      }
    }
    HttpResponse<String> webapp = webappGet(TestSupport.VENDOR_A,
        "/camunda/api/engine/engine/default/task/" + taskId + "/deployed-form");
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(404);
    assertThat(webapp.body()).contains(OpenTasks.GONE);

    assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .map(ILoggingEvent::getFormattedMessage)).as("errors logged").isEmpty();
  }

  /** Logs in to Tasklist as a browser does (session and CSRF cookie), then reads through the webapps' API. */
  private HttpResponse<String> webappGet(String user, String path) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            api.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
            + URLEncoder.encode(TestSupport.passwordOf(user), StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser.send(HttpRequest.newBuilder(api.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
