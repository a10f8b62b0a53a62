package io.skillgate.platform.deployment;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Checks every deployment, whatever its way in (the processes folder at start-up, Camunda
 * Modeler's deploy button, {@code npm run deploy}, the REST API): see {@link CheckedBpmnParse}.
 */
@Component
public class DeploymentChecksPlugin extends AbstractProcessEnginePlugin {

  private final BeanFactory beans;

  public DeploymentChecksPlugin(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelReferenceChecks checks = new ModelReferenceChecks(beans);
    configuration.setBpmnParseFactory(parser -> new CheckedBpmnParse(parser, checks));
  }
}
