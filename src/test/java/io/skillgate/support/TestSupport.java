package io.skillgate.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.identity.VendorGroups;
import io.skillgate.platform.security.SkillGateUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** Test users and helpers, created once per shared context. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

  /** A client reviewer. */
  public static final String REVIEWER = "tess";
  /** A user of vendor A (vendor-northwind, the vendor of {@link Fixtures#contract}). */
  public static final String VENDOR_A = "vic";
  /** A user of vendor B (vendor-oakfield). */
  public static final String VENDOR_B = "olaf";
  /** The admin the starter creates. */
  public static final String ADMIN = "admin";

  public static String passwordOf(String user) {
    return ADMIN.equals(user) ? System.getenv().getOrDefault("SKILLGATE_ADMIN_PASSWORD", "SkillGate-demo-1") : user + "-pw";
  }

  @Bean
  Api api(Environment env, ObjectMapper json) {
    return new Api(env, json);
  }

  @Bean
  Jobs jobs(ManagementService management) {
    return new Jobs(management);
  }

  /** After the application's own set-up (reviewers group, filters) has run. */
  @EventListener(ApplicationReadyEvent.class)
  public void createTestUsers(ApplicationReadyEvent event) {
    IdentityService identity = event.getApplicationContext().getBean(IdentityService.class);
    VendorGroups vendorGroups = event.getApplicationContext().getBean(VendorGroups.class);
    vendorGroups.ensure(Fixtures.VENDOR_A_GROUP, "Northwind BPO");
    vendorGroups.ensure(Fixtures.VENDOR_B_GROUP, "Oakfield Services");
    user(identity, REVIEWER, SkillGateUser.REVIEWER_GROUP, "tess@client.example");
    user(identity, VENDOR_A, Fixtures.VENDOR_A_GROUP, "vic@northwind.example");
    user(identity, VENDOR_B, Fixtures.VENDOR_B_GROUP, "olaf@oakfield.example");
  }

  private static void user(IdentityService identity, String id, String group, String email) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User u = identity.newUser(id);
    u.setFirstName(id);
    u.setLastName("Test");
    u.setEmail(email);
    u.setPassword(passwordOf(id));
    // Test users keep simple passwords (user + "-pw") that the password policy would refuse: past it, as the demo's.
    ((IdentityServiceImpl) identity).saveUser(u, true);
    identity.createMembership(id, group);
  }
}
