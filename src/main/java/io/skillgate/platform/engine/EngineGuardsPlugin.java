package io.skillgate.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link VariableWriteGuard} and {@link TaskCompletionGuard} in front of every engine
 * command, so the REST API, the webapps and Java go through the same checks.
 */
@Component
public class EngineGuardsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new VariableWriteGuard(configuration));
    interceptors.add(new TaskCompletionGuard(configuration, new DeployedTaskOutputs()));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
