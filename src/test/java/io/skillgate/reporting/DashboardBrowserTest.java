package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in a real Chromium: a reviewer and a vendor each log in through the Tasklist
 * login form, open /dashboard with that session, and see their contracts, and only theirs, with
 * KPIs, trend charts, gates and the ledger. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@SkillGateTest
class DashboardBrowserTest {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  String mine;
  String theirs;
  WebDriver browser;
  Path profile;

  @BeforeEach
  void twoContractsAndABrowser() throws IOException {
    mine = Fixtures.uniqueId("DASH");
    theirs = Fixtures.uniqueId("OTHER");
    var contract = Fixtures.contract(mine);
    // Markup in a name must show as text, never as markup.
    ((com.fasterxml.jackson.databind.node.ObjectNode) contract.withArray("members").get(0))
        .put("name", "<img src=x onerror=alert(1)>");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", contract).status()).isEqualTo(201);
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.vendorBContract(theirs)).status())
        .isEqualTo(201);
    ProcessInstance reporting = runtime.startProcessInstanceByKey(ReportingVariables.PROCESS_KEY, mine,
        Map.of("contractId", mine, "vendorGroup", Fixtures.VENDOR_A_GROUP));
    reportAndAccept(reporting, "csat = 79\nerror-rate = 4.3\naht = 41\nfcr = 62", 3.9);
    reportAndAccept(reporting, "csat = 81\nerror-rate = 3.8\naht = 39\nfcr = 64", 4.2);
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts/" + mine + "/statements/1/confirmation", "").status())
        .isEqualTo(200);

    profile = Files.createTempDirectory("skillgate-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,2400");
    // The console shows what the page's Content-Security-Policy refused.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void reviewerSeesEveryContractWithKpisChartsAndLedger() throws IOException {
    logInToTasklist(TestSupport.REVIEWER);
    openDashboard("?contract=" + mine);

    assertThat(contractOptions()).contains(mine, theirs);
    assertThat(text("contract-title")).contains("Harbor Mutual");
    String stage = api.get(TestSupport.REVIEWER, "/api/contracts/" + mine).json().path("contract").path("stage").asText();
    assertThat(text("contract-meta")).contains("stage: " + stage.toLowerCase().replace('_', ' '));
    assertThat(text("kpi-table")).contains("Customer satisfaction", "78 %", "85 %", "81 % (period 2)", "42.9 %");
    assertThat(text("period-table")).contains("accepted");
    assertThat(browser.findElements(By.cssSelector("[data-testid=period-table] tbody tr"))).hasSize(3);
    assertThat(chartPoints("reported-chart")).as("four reported KPIs, two periods reported of three opened").isEqualTo(List.of(2L, 2L, 2L, 2L));
    assertThat(chartPoints("training-chart")).isNotEmpty();
    assertThat(text("gate-table")).contains("Transition", "Pilot", "Steady state");
    assertThat(text("statement-table")).contains(TestSupport.REVIEWER).contains("not yet");
    assertThat(text("incentive-rules")).contains("EUR", "certification bonus 400");
    assertThat(text("member-table")).contains("<img src=x onerror=alert(1)>");
    assertThat(browser.findElements(By.cssSelector("[data-testid=member-table] img"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("[data-testid=csv-link]")).getAttribute("href"))
        .endsWith("/api/contracts/" + mine + "/kpis.csv");
    screenshot("dashboard-reviewer.png");
    assertThat(cspViolations()).as("the dashboard works under its strict CSP").isEmpty();

    new Select(browser.findElement(By.cssSelector("[data-testid=contract-select]"))).selectByValue(theirs);
    Browser.waitUpTo(browser, 15)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=contract-title]"), "Oakfield"));
  }

  @Test
  void vendorSeesOnlyItsOwnContract() throws IOException {
    logInToTasklist(TestSupport.VENDOR_A);
    openDashboard("");

    assertThat(contractOptions()).contains(mine).doesNotContain(theirs);
    assertThat(contractOptions()).allSatisfy(id -> assertThat(id).doesNotStartWith("OTHER"));
    screenshot("dashboard-vendor.png");

    // Asking for another vendor's contract by its id shows nothing of it.
    openDashboard("?contract=" + theirs);
    assertThat(text("message")).contains("not one of yours");
    assertThat(browser.getPageSource()).doesNotContain("Oakfield");
    browser.get(api.baseUrl() + "/api/contracts/" + theirs + "/kpis");
    assertThat(browser.getPageSource()).contains("404").doesNotContain("Oakfield");
  }

  /**
   * At 390 px, a vendor opens the dashboard before signing in, signs in, and is back on the
   * contract asked for: the page fits the screen, says whose turn it is, and each chart has a text.
   */
  @Test
  void aVendorOnAPhoneSignsInAndLandsOnTheContractAskedFor() throws IOException {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get(api.baseUrl() + "/dashboard?contract=" + mine);
    Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/dashboard/login.html"));
    assertThat(browser.findElement(By.cssSelector("[data-testid=next-name]")).getText()).isEqualTo("the dashboard");
    Browser.logIn(browser, browser.getCurrentUrl(), TestSupport.VENDOR_A, TestSupport.passwordOf(TestSupport.VENDOR_A));
    Browser.waitUpTo(browser, 20)
        .until(ExpectedConditions.urlToBe(api.baseUrl() + "/dashboard?contract=" + mine));
    Browser.waitUpTo(browser, 30).until(d -> d.findElement(By.id("contract")).isDisplayed());
    Browser.waitUpTo(browser, 10).until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=waiting-on]"), "open task"));

    assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
        .intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
    assertThat(text("contract-title")).contains("Harbor Mutual");
    assertThat(text("waiting-on")).contains("Northwind BPO (vendor)", "Confirm upskilling plan");
    assertThat(text("onboarding")).contains("15 members on the roster");
    assertThat(text("reported-summary")).contains("period 1: 79", "period 2: 81");
    assertThat(browser.findElement(By.cssSelector("[data-testid=reported-chart]")).getAttribute("aria-labelledby"))
        .contains("reported-summary");
    // Every table cell says which column it is, for the one-card-per-row layout.
    assertThat(browser.findElements(By.cssSelector("[data-testid=member-table] tbody td:not([data-label])"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("[data-testid=member-table] tbody th[scope=row]"))).hasSize(15);
    for (String link : List.of("csv-link", "intake-link")) {
      WebElement a = browser.findElement(By.cssSelector("[data-testid=" + link + "]"));
      assertThat(a.getRect().getX() + a.getRect().getWidth()).as(link + " inside the screen").isLessThanOrEqualTo(390);
      assertThat(a.getCssValue("color")).as(link + " light on the dark header").isEqualTo("rgba(255, 255, 255, 1)");
    }
    screenshot("dashboard-vendor-390.png");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
    screenshot("dashboard-vendor-390-bottom.png");
    assertThat(cspViolations()).isEmpty();
  }

  private void reportAndAccept(ProcessInstance reporting, String values, double feedback) {
    management.executeJob(management.createJobQuery().processInstanceId(reporting.getId()).timers().singleResult().getId());
    tasks.complete(task(reporting).getId(), Map.of("kpiValues", values, "learnerFeedback", feedback));
    tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "accept"));
  }

  private void logInToTasklist(String user) {
    Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
    WebDriverWait wait = Browser.waitUpTo(browser, 30);
    // Let Tasklist finish starting: the login gives a new session without a CSRF token, and a
    // Tasklist request still in flight with the old token makes Camunda invalidate that session.
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group tasks")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".loader, .loading-indicator")));
  }

  private void openDashboard(String query) {
    browser.get(api.baseUrl() + "/dashboard" + query);
    Browser.waitUpTo(browser, 30).until(d ->
        !d.findElements(By.cssSelector("[data-testid=contract-select] option")).isEmpty()
            || !d.findElement(By.cssSelector("[data-testid=message]")).getText().isBlank());
    Browser.waitUpTo(browser, 30).until(d ->
        d.findElement(By.id("contract")).isDisplayed()
            || !d.findElement(By.cssSelector("[data-testid=message]")).getText().isBlank());
  }

  private List<String> contractOptions() {
    return browser.findElements(By.cssSelector("[data-testid=contract-select] option")).stream()
        .map(o -> o.getAttribute("value")).toList();
  }

  private String text(String testId) {
    WebElement e = browser.findElement(By.cssSelector("[data-testid=" + testId + "]"));
    return e.getText();
  }

  /** The number of data points of each dataset of the Chart.js chart on a canvas. */
  @SuppressWarnings("unchecked")
  private List<Long> chartPoints(String testId) {
    Object result = ((JavascriptExecutor) browser).executeScript(
        "const c = Chart.getChart(document.querySelector('[data-testid=" + testId + "]'));"
            + "return c ? c.data.datasets.map(d => d.data.filter(v => v !== null).length) : null;");
    assertThat(result).as("a chart is drawn on " + testId).isNotNull();
    return (List<Long>) result;
  }

  private List<String> cspViolations() {
    return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy")).toList();
  }

  private void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
