package io.skillgate.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.skillgate.contract.ContractRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client reviewer registers a contract through the intake page in Chromium, at 1440 and at 390
 * px wide: asks for the page before signing in and comes back to it; uploads YAML terms and a
 * roster CSV with a mistake in each, sees each error at its field, fixes them, registers; then
 * follows the link to the dashboard, which shows whose turn it is and what comes next, and fits
 * the screen. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@SkillGateTest
class IntakeBrowserTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @Autowired Api api;
  @Autowired ContractRepository contracts;

  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1440, 390})
  void aReviewerRegistersAContractThroughTheIntakePage(int width) throws Exception {
    String id = Fixtures.uniqueId("WEB" + width);
    ObjectNode terms = Fixtures.contract(id);
    ArrayNode members = (ArrayNode) terms.remove("members");
    ((ObjectNode) terms.get("vendor")).put("contactEmail", "training-at-northwind");
    ((ObjectNode) members.get(1)).put("email", "ben-at-northwind");
    Path dir = Files.createTempDirectory("skillgate-intake");
    Path termsFile = Files.writeString(dir.resolve("contract.yaml"), YAML.writeValueAsString(terms));
    Path rosterFile = Files.writeString(dir.resolve("team.csv"), csv(members));

    browser = Browser.chromium();
    browser.manage().window().setSize(new Dimension(width, 900));
    browser.get(api.baseUrl() + "/dashboard/intake");
    wait(20).until(ExpectedConditions.urlContains("/dashboard/login.html?next="));
    assertThat(browser.findElement(By.cssSelector("[data-testid=next-name]")).getText()).isEqualTo("contract intake");
    Browser.logIn(browser, browser.getCurrentUrl(), TestSupport.REVIEWER, TestSupport.passwordOf(TestSupport.REVIEWER));
    wait(20).until(ExpectedConditions.urlToBe(api.baseUrl() + "/dashboard/intake"));
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=intake-form]")));
    assertThat(browser.findElement(By.id("roster-section")).isDisplayed()).as("the client does not staff the team").isFalse();

    browser.findElement(By.cssSelector("[data-testid=terms-file]")).sendKeys(termsFile.toString());
    wait(10).until(d -> d.findElement(By.cssSelector("[data-testid=terms]")).getAttribute("value").contains(id));
    browser.findElement(By.cssSelector("[data-testid=roster-file]")).sendKeys(rosterFile.toString());
    browser.findElement(By.cssSelector("[data-testid=register-button]")).click();

    wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=intake-summary]"), "2 problems"));
    String termsErrors = text("terms-errors");
    assertThat(termsErrors).contains("vendor.contactEmail: must be a well-formed email address (line "
        + lineOf(Files.readString(termsFile), "training-at-northwind") + ")");
    assertThat(text("roster-errors")).contains("roster row 3, column email: must be a well-formed email address");
    assertThat(browser.findElement(By.cssSelector("[data-testid=terms]")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.cssSelector("[data-testid=roster-file]")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(contracts.exists(id)).isFalse();
    assertFits(width);
    Browser.screenshot(browser, "intake-errors-" + width);

    // The person follows the errors: fixes the terms' line and the roster's row, then registers.
    ((ObjectNode) terms.get("vendor")).put("contactEmail", "training@northwind.example");
    ((ObjectNode) members.get(1)).put("email", "ben@northwind.example");
    Path fixedTerms = Files.writeString(dir.resolve("contract-fixed.yaml"), YAML.writeValueAsString(terms));
    Path fixedRoster = Files.writeString(dir.resolve("team-fixed.csv"), csv(members));
    browser.findElement(By.cssSelector("[data-testid=terms-file]")).sendKeys(fixedTerms.toString());
    wait(10).until(d -> d.findElement(By.cssSelector("[data-testid=terms]")).getAttribute("value")
        .contains("training@northwind.example"));
    browser.findElement(By.cssSelector("[data-testid=roster-file]")).clear();
    browser.findElement(By.cssSelector("[data-testid=roster-file]")).sendKeys(fixedRoster.toString());
    browser.findElement(By.cssSelector("[data-testid=check-button]")).click();
    wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=intake-result]"),
        "No problems found"));
    assertThat(text("intake-result")).contains("15 members");
    browser.findElement(By.cssSelector("[data-testid=register-button]")).click();
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=registered]")));
    assertThat(text("registered")).contains("Registered " + id);
    assertThat(text("terms-errors")).isEmpty();
    assertThat(contracts.members(id)).hasSize(15);
    Browser.screenshot(browser, "intake-registered-" + width);

    browser.findElement(By.cssSelector("[data-testid=registered] a")).click();
    wait(30).until(d -> d.findElement(By.id("contract")).isDisplayed());
    assertThat(text("contract-title")).contains("Harbor Mutual");
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=waiting-on]"),
        "Confirm upskilling plan"));
    assertThat(text("waiting-on")).contains("Northwind BPO (vendor)", "1 open task");
    assertThat(text("onboarding")).contains("15 members on the roster", "once both parties agree");
    assertThat(text("reported-summary")).contains("No KPI values reported yet");
    assertThat(browser.findElement(By.cssSelector("[data-testid=reported-chart]")).isDisplayed())
        .as("no blank chart box").isFalse();
    assertThat(text("statement-table")).contains("No statements yet");
    assertThat(browser.findElements(By.cssSelector("table caption"))).hasSizeGreaterThanOrEqualTo(6);
    assertThat(browser.findElements(By.cssSelector("thead th:not([scope=col])"))).isEmpty();
    assertFits(width);
    Browser.screenshot(browser, "dashboard-fresh-contract-" + width);
  }

  private void assertFits(int width) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(width);
    assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
        .as("no sideways scrolling at " + width + " px").isLessThanOrEqualTo(width);
  }

  private String text(String testId) {
    return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
  }

  private WebDriverWait wait(int seconds) {
    return Browser.waitUpTo(browser, seconds);
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String csv(ArrayNode members) {
    StringBuilder csv = new StringBuilder("id,name,email,role,buddy\n");
    for (JsonNode m : members) {
      csv.append(String.join(",", m.path("id").asText(), "\"" + m.path("name").asText() + "\"", m.path("email").asText(),
          m.path("role").asText(), "\"" + m.path("buddy").asText("") + "\"")).append('\n');
    }
    return csv.toString();
  }
}
