package io.skillgate.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dashboard}: the shared progress page of both parties. It is a static page
 * ({@code static/dashboard/}) that reads the same APIs as everyone else, so it shows a user
 * exactly what the APIs allow them to see. SkillGate's Spring Security chain guards it: a user
 * logged in to Tasklist is logged in here too.
 */
@Controller
public class DashboardController {

  @GetMapping({"/dashboard", "/dashboard/"})
  public String dashboard() {
    return "forward:/dashboard/index.html";
  }

  /** The contract intake page (its API is {@code io.skillgate.intake}); same login as the dashboard. */
  @GetMapping("/dashboard/intake")
  public String intake() {
    return "forward:/dashboard/intake.html";
  }
}
