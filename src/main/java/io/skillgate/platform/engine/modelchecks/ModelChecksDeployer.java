package io.skillgate.platform.engine.modelchecks;

import io.skillgate.platform.deployment.DeploymentRefusedException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.xml.sax.SAXParseException;

/**
 * Runs before the engine's own deployers on every new deployment, whatever its way in, and
 * refuses the whole deployment when a BPMN or DMN file is unreadable XML or holds something the
 * engine would only trip over at run time ({@link ProcessModelChecks}, {@link DecisionTableChecks}).
 * The refusal is the engine's {@code ParseException}: 400 on the REST API with a report per file,
 * a {@link DeploymentRefusedException} at start-up; nothing is deployed, so the running versions
 * stay the latest.
 */
class ModelChecksDeployer implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return; // definitions deployed earlier are only being cached again
    }
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    HistoryTimeToLiveCheck historyTimeToLive = new HistoryTimeToLiveCheck(configuration);
    ProcessModelChecks processChecks = new ProcessModelChecks(configuration, historyTimeToLive);
    DecisionTableChecks decisionChecks = null;
    ModelProblems problems = new ModelProblems();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      boolean bpmn = name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
      boolean dmn = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
      if (!bpmn && !dmn) {
        continue;
      }
      Element root;
      try {
        root = ModelXml.read(resource.getBytes());
      } catch (SAXParseException e) {
        problems.addUnreadable(name, e);
        continue;
      }
      if (bpmn) {
        processChecks.check(name, root, problems);
      } else {
        if (decisionChecks == null) {
          decisionChecks = new DecisionTableChecks(historyTimeToLive);
        }
        decisionChecks.check(name, root, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw problems.refusal();
    }
  }
}
