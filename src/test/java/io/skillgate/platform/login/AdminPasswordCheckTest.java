package io.skillgate.platform.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillgate.platform.engine.login.PasswordPolicyPlugin;
import io.skillgate.support.SkillGateTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The admin's configured password is checked against the policy before the starter would create that user. */
@SkillGateTest
class AdminPasswordCheckTest {

  @Autowired ProcessEngine engine;

  @Test
  void aWeakAdminPasswordStopsStartUpWithAClearMessage() {
    PasswordPolicyPlugin plugin = new PasswordPolicyPlugin(adminNamed("newadmin", "admin"));

    assertThatThrownBy(() -> plugin.postProcessEngineBuild(engine))
        .isInstanceOfSatisfying(AdminPasswordRejectedException.class, e -> {
          assertThat(e.getMessage()).contains("SKILLGATE_ADMIN_PASSWORD").contains("at least 10 characters")
              .contains("length {minLength=10}").doesNotContain("'admin'");
          FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(e);
          assertThat(analysis.getAction()).startsWith("Set SKILLGATE_ADMIN_PASSWORD to a password with");
        });
    assertThat(engine.getIdentityService().createUserQuery().userId("newadmin").count()).isZero();
  }

  @Test
  void aStrongOneOrAnAdminWhoExistsAlreadyPasses() {
    assertThatCode(() -> new PasswordPolicyPlugin(adminNamed("newadmin", "Str0ng-enough!")).postProcessEngineBuild(engine))
        .doesNotThrowAnyException();
    // The existing admin's configured password is not used again, so it is not judged either.
    assertThatCode(() -> new PasswordPolicyPlugin(adminNamed("admin", "admin")).postProcessEngineBuild(engine))
        .doesNotThrowAnyException();
  }

  private static CamundaBpmProperties adminNamed(String id, String password) {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    AdminUserProperty admin = new AdminUserProperty();
    admin.setId(id);
    admin.setPassword(password);
    admin.setFirstName("Process");
    admin.setLastName("Admin");
    properties.setAdminUser(admin);
    return properties;
  }
}
