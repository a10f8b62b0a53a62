package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium (Debian's chromium + chromium-driver) for browser tests tagged "browser". */
public final class Browser {

  private Browser() {}

  public static WebDriver chromium() {
    try {
      Path profile = Files.createTempDirectory("skillgate-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("skillgate.chromium", "/usr/bin/chromium"));
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1400,1000", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of(System.getProperty("skillgate.chromedriver", "/usr/bin/chromedriver")).toFile())
          .build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ZERO);
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A wait for a page that may be navigating or re-rendering while it is polled. Besides a stale
   * element, ChromeDriver then answers with errors of no finer type than {@link WebDriverException}
   * (for example "Node with given id does not belong to the document" when the page it was asked
   * about unloads between finding an element and reading it). Such an answer says nothing yet, so
   * the condition is asked again; a wait that still times out reports the last of them as its cause.
   */
  public static WebDriverWait waitUpTo(WebDriver browser, int seconds) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /**
   * Logs in on a Camunda webapp's login page ({@code .../#/login}) as a person does, and waits until
   * the login form is gone. The webapp may render its form again while it starts, which drops what
   * was typed into the first one: the fields are typed until both hold the values, then submitted.
   */
  public static void logIn(WebDriver browser, String loginPage, String user, String password) {
    WebDriverWait wait = waitUpTo(browser, 40);
    browser.get(loginPage);
    wait.until(d -> {
      WebElement name = d.findElement(By.cssSelector("input[type=text]"));
      WebElement secret = d.findElement(By.cssSelector("input[type=password]"));
      if (!user.equals(name.getAttribute("value"))) {
        name.clear();
        name.sendKeys(user);
      }
      if (!password.equals(secret.getAttribute("value"))) {
        secret.clear();
        secret.sendKeys(password);
      }
      return user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"));
    });
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    } catch (RuntimeException e) {
      screenshot(browser, "login-failed-" + user);
      throw e;
    }
  }

  /** Saves a screenshot under target/screenshots/ and returns its path. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
