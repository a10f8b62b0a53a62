package io.skillgate.platform.engine.modelchecks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Checks every deployment, whatever its way in (the processes folder at start-up, Camunda
 * Modeler's deploy button, {@code npm run deploy}, the REST API): see {@link ModelChecksDeployer}
 * (first: unreadable XML, FEEL, expressions, timers, history time to live), {@link CheckedBpmnParse}
 * and {@link FormOutputsCheck}.
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
    List<Deployer> deployers = new ArrayList<>();
    deployers.add(new ModelChecksDeployer());
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    deployers.add(new FormOutputsCheck());
    configuration.setCustomPreDeployers(deployers);
  }
}
