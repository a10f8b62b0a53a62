package io.skillgate.admin;

import io.skillgate.admin.MigrationProposal.Activity;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/** The versions of a process, the steps of each version, and where an instance waits. */
@Component
class ProcessSteps {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  /** Deployed definitions never change: their steps are read once. */
  private final Map<String, Map<String, Activity>> activities = new ConcurrentHashMap<>();

  ProcessSteps(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** Every version of the process, latest first. */
  List<ProcessDefinition> definitions(String processKey) {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .list().stream()
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion).reversed())
        .toList();
    if (definitions.isEmpty()) {
      throw new NotFoundException("no process with key " + processKey);
    }
    return definitions;
  }

  /** A version of the process given by its definition id; {@code field} names it in a 400. */
  ProcessDefinition definition(String processKey, String definitionId, String field) {
    return definitions(processKey).stream().filter(d -> d.getId().equals(definitionId)).findFirst()
        .orElseThrow(() -> new InvalidInputException(field, "is not a version of " + processKey + ": " + definitionId));
  }

  /** The flow nodes of a version by id, in model order. */
  Map<String, Activity> activities(String definitionId) {
    return activities.computeIfAbsent(definitionId, id -> {
      Map<String, Activity> nodes = new LinkedHashMap<>();
      for (FlowNode node : repository.getBpmnModelInstance(id).getModelElementsByType(FlowNode.class)) {
        nodes.put(node.getId(), new Activity(node.getId(), node.getName(), node.getElementType().getTypeName()));
      }
      return nodes;
    });
  }

  /** The steps an instance waits at (its innermost activity instances, including async continuations). */
  List<String> waitingAt(String processInstanceId) {
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    List<String> steps = new ArrayList<>();
    if (tree != null) {
      collectLeaves(tree, steps);
    }
    return steps;
  }

  private static void collectLeaves(ActivityInstance instance, List<String> steps) {
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      steps.add(transition.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        steps.add(child.getActivityId());
      } else {
        collectLeaves(child, steps);
      }
    }
  }

  /** "Confirm upskilling plan (UserTask_ConfirmUpskillingPlan)", or the id where the step has no name. */
  String label(String definitionId, String activityId) {
    Activity activity = activities(definitionId).get(activityId);
    return activity == null || activity.name() == null || activity.name().isBlank()
        ? activityId : activity.name() + " (" + activityId + ")";
  }
}
