package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
   * Logs in on a Camunda webapp's login page ({@code .../#/login}) as a person does, and waits until
   * the login form is gone. The webapp may render its form again while it starts, which drops what
   * was typed into the first one: the fields are typed until both hold the values, then submitted.
   */
  public static void logIn(WebDriver browser, String loginPage, String user, String password) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    wait.ignoring(StaleElementReferenceException.class);
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
