package io.skillgate.platform.engine.login;

import io.skillgate.platform.login.LoginGuard;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts {@link ThrottledIdentityProvider} in place of the engine's identity provider. */
@Component
class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

  // Looked up lazily: the guard needs the meter registry, which must not be built before the engine.
  private final ObjectProvider<LoginGuard> guard;

  LoginThrottlePlugin(ObjectProvider<LoginGuard> guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(guard::getObject));
  }
}
