package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every script a SkillGate page names is served. Chart.js is named without its version
 * ({@code /webjars/chart.js/dist/...}): the webjar's version is written once, in pom.xml, and the
 * webjars locator finds the file, so an upgrade of the webjar cannot leave the page pointing at a
 * folder that no longer exists.
 */
@SkillGateTest
class DashboardScriptsTest {

  private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");

  @Autowired
  Api api;

  @Test
  void theDashboardLoadsChartJsWithoutNamingItsVersion() {
    List<String> scripts = scriptsOf("/dashboard/index.html");

    assertThat(scripts).contains("/webjars/chart.js/dist/chart.umd.min.js");
    assertThat(scripts).noneMatch(s -> s.matches(".*/\\d+\\.\\d+\\.\\d+/.*"));
  }

  @Test
  void everyScriptOfEveryPageIsServedAsJavaScript() {
    for (String page : List.of("/dashboard/index.html", "/dashboard/intake.html", "/dashboard/login.html",
        "/dashboard/migration.html", "/dashboard/evidence-upload.html")) {
      for (String script : scriptsOf(page)) {
        Api.Response r = api.get(TestSupport.REVIEWER, script);
        assertThat(r.status()).as(page + " -> " + script).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).as(script).contains("javascript");
        assertThat(r.body()).as(script).isNotBlank();
      }
    }
  }

  private List<String> scriptsOf(String page) {
    Api.Response r = api.get(TestSupport.REVIEWER, page);
    assertThat(r.status()).as(page).isEqualTo(200);
    Matcher m = SCRIPT.matcher(r.body());
    List<String> scripts = new java.util.ArrayList<>();
    while (m.find()) {
      scripts.add(m.group(1));
    }
    assertThat(scripts).as(page).isNotEmpty();
    return scripts;
  }
}
