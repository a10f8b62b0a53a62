package io.skillgate.admin;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;

/**
 * The changelog of deployments, read from the engine itself: the deployments (when, source,
 * which files) and the user operation log (who). Nothing is recorded twice, and a deployment
 * made around SkillGate (Modeler, engine REST) appears like any other.
 */
@Service
public class DeploymentLog {

  private final RepositoryService repository;
  private final HistoryService history;

  public DeploymentLog(RepositoryService repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  /** The latest deployments first. */
  public List<DeploymentLogEntry> latest(int limit) {
    List<DeploymentLogEntry> entries = new ArrayList<>();
    for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, limit)) {
      entries.add(new DeploymentLogEntry(d.getId(), d.getName(), d.getSource(), d.getDeploymentTime(),
          deployedBy(d.getId()), repository.getDeploymentResourceNames(d.getId()).stream().sorted().toList(),
          definitions(d.getId())));
    }
    return entries;
  }

  /** The engine logs a deployment with the user when one is authenticated (REST, Modeler). */
  private String deployedBy(String deploymentId) {
    return history.createUserOperationLogQuery()
        .deploymentId(deploymentId)
        .entityType(EntityTypes.DEPLOYMENT)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .list().stream()
        .map(UserOperationLogEntry::getUserId)
        .filter(u -> u != null)
        .findFirst().orElse(null);
  }

  private List<String> definitions(String deploymentId) {
    List<String> definitions = new ArrayList<>();
    repository.createProcessDefinitionQuery().deploymentId(deploymentId).list()
        .forEach(p -> definitions.add("process " + p.getKey() + " v" + p.getVersion()));
    repository.createDecisionDefinitionQuery().deploymentId(deploymentId).list()
        .forEach(p -> definitions.add("decision " + p.getKey() + " v" + p.getVersion()));
    return definitions.stream().sorted().toList();
  }
}
