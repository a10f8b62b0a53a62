package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spring Security guards only SkillGate's own paths: the Camunda webapps keep their own login,
 * session and CSRF token, and each still logs in in a real Chromium. Screenshots go to
 * target/screenshots/webapp-login-*.png.
 */
@Tag("browser")
@SkillGateTest
class WebappLoginBrowserTest {

  @Autowired Api api;
  WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.chromium();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @ParameterizedTest
  @CsvSource({"tasklist, " + TestSupport.REVIEWER + ", tess Test", "cockpit, admin, Process Admin",
      "admin, admin, Process Admin"})
  void eachWebappStillLogsIn(String webapp, String user, String shownName) {
    WebDriverWait wait = Browser.waitUpTo(browser, 30);
    try {
      Browser.logIn(browser, api.baseUrl() + "/camunda/app/" + webapp + "/default/#/login", user,
          TestSupport.passwordOf(user));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), shownName));
    } finally {
      Browser.screenshot(browser, "webapp-login-" + webapp);
    }
    // The webapps' own CSP, not SkillGate's, is on their pages.
    assertThat(browser.getPageSource()).doesNotContain("Login failed");
  }
}
