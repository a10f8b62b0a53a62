package io.skillgate.platform.engine.modelchecks;

import io.skillgate.platform.engine.RoutingVariables;
import io.skillgate.platform.engine.TaskOutputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Refuses a deployment whose Camunda Form lets a task write a routing variable
 * ({@link RoutingVariables}): a form's input fields are its task's outputs, and the completion
 * guard would refuse such a field in front of a user. Runs for every new deployment, whichever
 * way it comes in, and also when only a form changed (no BPMN is parsed then).
 */
class FormOutputsCheck implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      TaskOutputs outputs;
      try {
        outputs = TaskOutputs.read(new ByteArrayInputStream(resource.getBytes()));
      } catch (IOException e) {
        continue; // not JSON: the engine's form deployer refuses it with its own message
      }
      outputs.fieldNames().stream().filter(RoutingVariables::isRouting).forEach(name -> problems.add(
          resource.getName() + ": field '" + name + "' would let the task write a variable that SkillGate sets;"
              + " show it disabled or rename the field"));
    }
    if (!problems.isEmpty()) {
      throw new ProcessEngineException(String.join("; ", problems));
    }
  }
}
