package io.skillgate.platform.engine.login;

import io.skillgate.platform.login.AdminPasswordRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's password policy ({@code enablePasswordPolicy}, application.yaml) made usable:
 * <ul>
 *   <li>a password the policy refuses is a bad request (400, naming the rules) on every channel:
 *       {@code /engine-rest}, the Admin webapp's API and Java. The engine throws a bare
 *       {@code ProcessEngineException} for it, which Camunda's REST layers answer with 500;</li>
 *   <li>the configured admin's password is checked before the Camunda starter creates that user,
 *       so start-up fails with a message that says which setting to fix, not a stack trace from
 *       deep inside the starter.</li>
 * </ul>
 * Ordered first, so its start-up check runs before the starter's admin creation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  /** The engine's message for a refused password (SaveUserCmd); the only way to tell this failure apart. */
  static final String ENGINE_REFUSAL = "Password does not match policy";
  public static final String RULES = "at least 10 characters, with a lower-case letter, an upper-case letter, a digit and a "
      + "special character, and without the user's id, first name, last name or email";

  private final CamundaBpmProperties camunda;

  public PasswordPolicyPlugin(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new RefusedPasswordIsBadRequest());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AdminUserProperty admin = camunda.getAdminUser();
    if (admin == null || admin.getId() == null || admin.getPassword() == null
        || !engine.getProcessEngineConfiguration().isEnablePasswordPolicy()) {
      return;
    }
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(admin.getId()).count() > 0) {
      return; // created before; the configured password is not used again
    }
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(admin.getPassword(), admin);
    if (!result.isValid()) {
      throw new AdminPasswordRejectedException(admin.getId(), describe(result.getViolatedRules()));
    }
  }

  static String describe(List<PasswordPolicyRule> rules) {
    return rules.stream()
        .map(r -> r.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase()
            + (r.getParameters() == null || r.getParameters().isEmpty() ? "" : " " + r.getParameters()))
        .collect(Collectors.joining(", "));
  }

  /** Turns the engine's refusal of a password into a {@link BadUserRequestException} (400 on the REST APIs). */
  static class RefusedPasswordIsBadRequest extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (BadUserRequestException e) {
        throw e;
      } catch (ProcessEngineException e) {
        if (command instanceof SaveUserCmd && ENGINE_REFUSAL.equals(e.getMessage())) {
          throw new BadUserRequestException("password: does not meet the password policy (" + RULES + ")", e);
        }
        throw e;
      }
    }
  }
}
