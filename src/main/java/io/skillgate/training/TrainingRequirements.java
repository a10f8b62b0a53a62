package io.skillgate.training;

import io.skillgate.contract.Contract;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * What a role must achieve before a phase opens. Two sources are combined:
 * <ol>
 *   <li>the DMN table {@code TrainingRequirementDecision}: organisation-wide rules (role, phase,
 *       phase order) that a business person edits in Camunda Modeler;</li>
 *   <li>the contract's own {@code trainingRequirements} for that role and phase, and its
 *       {@code certifications} that fall due before the phase (or in the last phase).</li>
 * </ol>
 * The union is taken; when both name the same module the contract's entry wins, because it
 * carries the agreed assessment.
 */
@Component
public class TrainingRequirements {

  public static final String DECISION_KEY = "TrainingRequirementDecision";

  private final DecisionService decisions;

  public TrainingRequirements(DecisionService decisions) {
    this.decisions = decisions;
  }

  public List<RequiredTraining> forRole(Contract contract, String phaseKey, String role) {
    int order = phaseOrder(contract, phaseKey);
    Map<String, RequiredTraining> required = new LinkedHashMap<>();
    for (DmnDecisionRuleResult rule : decisions.evaluateDecisionTableByKey(DECISION_KEY,
        Variables.createVariables().putValue("role", role).putValue("phase", phaseKey).putValue("phaseOrder", order))) {
      MilestoneKind kind = MilestoneKind.valueOf(String.valueOf(rule.get("kind")));
      String key = (String) rule.get("requirementKey");
      required.put(kind + ":" + key, new RequiredTraining(kind, key, (String) rule.get("requirementName"),
          RequiredTraining.FROM_ORGANISATION, null, null, null));
    }
    for (Contract.TrainingRequirement t : contract.trainingRequirements()) {
      if (t.role().equals(role) && t.beforePhase().equals(phaseKey)) {
        Contract.Assessment a = t.assessment();
        required.put(MilestoneKind.TRAINING + ":" + t.module(), new RequiredTraining(MilestoneKind.TRAINING, t.module(),
            t.name(), RequiredTraining.FROM_CONTRACT, a == null ? null : a.kind(), a == null ? null : a.passMark(),
            a == null ? null : a.maxAttempts() == null ? 1 : a.maxAttempts()));
      }
    }
    for (Contract.CertificationTarget c : contract.certifications()) {
      if (c.role().equals(role) && phaseKey.equals(gatingPhase(contract, certificationDue(contract, c)))) {
        required.put(MilestoneKind.CERTIFICATION + ":" + c.key(), new RequiredTraining(MilestoneKind.CERTIFICATION,
            c.key(), c.name(), RequiredTraining.FROM_CONTRACT, null, null, null));
      }
    }
    return List.copyOf(required.values());
  }

  /** A certification is due {@code withinMonths} after the contract starts. */
  public static LocalDate certificationDue(Contract contract, Contract.CertificationTarget c) {
    return contract.startDate().plusMonths(c.withinMonths());
  }

  /** The first phase starting on or after {@code due}; dates past the last phase's start fall in the last phase. */
  static String gatingPhase(Contract contract, LocalDate due) {
    return contract.phases().stream().filter(p -> !p.startDate().isBefore(due)).findFirst()
        .orElse(contract.phases().get(contract.phases().size() - 1)).key();
  }

  static int phaseOrder(Contract contract, String phaseKey) {
    for (int i = 0; i < contract.phases().size(); i++) {
      if (contract.phases().get(i).key().equals(phaseKey)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("contract " + contract.id() + " has no phase '" + phaseKey + "'");
  }
}
