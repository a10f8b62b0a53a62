package io.skillgate.support;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist as the browser tests use it: log in, open a task by its link and claim it, fill in a
 * Camunda Form by its fields' ids and labels, complete it. Failed steps leave a screenshot named
 * after the test's prefix.
 */
public final class TasklistPage {

  private final WebDriver browser;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final String shots;

  public TasklistPage(WebDriver browser, String baseUrl, String screenshotPrefix) {
    this.browser = browser;
    this.wait = Browser.waitUpTo(browser, 40);
    this.baseUrl = baseUrl;
    this.shots = screenshotPrefix;
  }

  public WebDriverWait await() {
    return wait;
  }

  public void logIn(String user) {
    browser.manage().deleteAllCookies();
    Browser.logIn(browser, baseUrl + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("My group tasks")));
  }

  /** Opens the task the way a notice's link does ({@code #/?task=<id>}) and claims it. */
  public void openTask(Task task) {
    browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      By claim = By.xpath("//*[(self::a or self::button) and normalize-space()='Claim']");
      click(wait.until(ExpectedConditions.elementToBeClickable(claim)));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, shots + "failed-open-" + task.getTaskDefinitionKey());
      throw e;
    }
  }

  public String formText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form"))).getText();
  }

  /** The form's inputs for this field id of the .form file (form-js ends the input's id with it; labels and descriptions carry it with a suffix). */
  public List<WebElement> fields(String fieldId) {
    return browser.findElements(By.cssSelector(".fjs-form [id$='-" + fieldId + "']"));
  }

  /** Types into the form field with this id; a missing field fails with the form's markup and a screenshot. */
  public void type(String fieldId, String text) {
    WebElement field;
    try {
      field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form [id$='-" + fieldId + "']")));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, shots + "failed-" + fieldId);
      throw new AssertionError("no field " + fieldId + " in " + browser.findElement(By.cssSelector(".fjs-form"))
          .getAttribute("outerHTML"), e);
    }
    click(field);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks the form's option (radio, checkbox) with this label. */
  public void choose(String label) {
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space()='" + label + "']"))));
  }

  public void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** A screenshot of the filled-in form, then Complete, and the form gone. */
  public void complete(String step) {
    Browser.screenshot(browser, shots + step);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']"))));
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, shots + step + "-failed");
      throw e;
    }
  }

  /**
   * The footer's time zone line as far as it shows: its text if all of it lies inside the footer's
   * fixed line, otherwise what is cut off and how.
   */
  public String footerTimeZone() {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "const footer = document.querySelector('[cam-widget-footer]');"
            + "const zone = document.getElementById('footer-timezone');"
            + "const f = footer.getBoundingClientRect(), z = zone.getBoundingClientRect();"
            + "const text = zone.textContent.replace(/\\s+/g, ' ').trim();"
            + "if (z.bottom > f.bottom + 1 || z.bottom > window.innerHeight + 1) return 'below the footer: ' + text;"
            + "if (zone.scrollWidth > zone.clientWidth) return 'cut at the side: ' + text;"
            + "return text;");
  }

  /** Whether the page shows the "migrate to Camunda 8" end-of-life banner. */
  public boolean showsEndOfLifeBanner() {
    return browser.findElements(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed)
        || browser.findElement(By.tagName("body")).getText().contains("migrate to Camunda 8");
  }
}
