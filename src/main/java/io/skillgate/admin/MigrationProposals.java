package io.skillgate.admin;

import io.skillgate.admin.MigrationProposal.Activity;
import io.skillgate.admin.MigrationProposal.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Where the instances of an older version would continue in a newer one. A step whose id is in
 * both versions maps to itself. For a step that is gone, the most similar new step of the same
 * kind (by id and by label) is proposed, if one is similar enough; the admin confirms it or picks
 * another step, and nothing moves until they do.
 */
@Service
public class MigrationProposals {

  /** Below this, ids and labels share too little to guess: the admin chooses. */
  static final double SIMILAR_ENOUGH = 0.8;

  private final ProcessSteps steps;
  private final RuntimeService runtime;
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

  public MigrationProposals(ProcessSteps steps, RuntimeService runtime) {
    this.steps = steps;
    this.runtime = runtime;
  }

  public MigrationProposal propose(String processKey, String sourceDefinitionId, String targetDefinitionId) {
    List<ProcessDefinition> definitions = steps.definitions(processKey);
    ProcessDefinition target = targetDefinitionId == null ? definitions.get(0)
        : steps.definition(processKey, targetDefinitionId, "target");
    ProcessDefinition source = sourceDefinitionId == null
        ? definitions.stream().filter(d -> d != target && hasInstances(d)).findFirst().orElse(definitions.get(0))
        : steps.definition(processKey, sourceDefinitionId, "source");
    Map<String, Activity> sourceSteps = steps.activities(source.getId());
    Map<String, Activity> targetSteps = steps.activities(target.getId());

    Map<String, Long> waiting = new LinkedHashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list()) {
      steps.waitingAt(instance.getId()).forEach(step -> waiting.merge(step, 1L, Long::sum));
    }
    List<Step> proposal = waiting.entrySet().stream().map(e -> {
      Activity step = sourceSteps.getOrDefault(e.getKey(), new Activity(e.getKey(), null, null));
      if (targetSteps.containsKey(step.id())) {
        return new Step(step.id(), step.name(), step.type(), e.getValue(), step.id(), "SAME_ID");
      }
      Activity similar = mostSimilar(step, targetSteps, sourceSteps.keySet());
      return similar == null
          ? new Step(step.id(), step.name(), step.type(), e.getValue(), null, "NONE")
          : new Step(step.id(), step.name(), step.type(), e.getValue(), similar.id(), "PROPOSED");
    }).toList();
    return new MigrationProposal(processKey, source.getId(), source.getVersion(), target.getId(), target.getVersion(),
        proposal, List.copyOf(targetSteps.values()));
  }

  /**
   * The new step most like the gone one: same element type, an id the old version does not have
   * (a step kept under its id is not where a renamed one went), similar id or label.
   */
  private Activity mostSimilar(Activity gone, Map<String, Activity> targetSteps, Set<String> oldIds) {
    Activity best = null;
    double bestScore = SIMILAR_ENOUGH;
    for (Activity candidate : targetSteps.values()) {
      if (oldIds.contains(candidate.id()) || (gone.type() != null && !gone.type().equals(candidate.type()))) {
        continue;
      }
      double score = Math.max(similarity.apply(withoutTypePrefix(gone.id()), withoutTypePrefix(candidate.id())),
          gone.name() == null || candidate.name() == null ? 0
              : similarity.apply(gone.name().toLowerCase(), candidate.name().toLowerCase()));
      if (score >= bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /** UserTask_ConfirmUpskillingPlan -> confirmupskillingplan: the type prefix is shared by every task. */
  private static String withoutTypePrefix(String id) {
    return id.substring(id.indexOf('_') + 1).toLowerCase();
  }

  private boolean hasInstances(ProcessDefinition definition) {
    return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() > 0;
  }
}
