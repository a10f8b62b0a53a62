package io.skillgate.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Names a running instance the way an admin recognises it: the contract, and the member, item,
 * milestone, phase or module it runs for. All onboarding instances of a contract share its
 * business key, so the contract alone does not tell them apart.
 */
@Service
public class InstanceSubjects {

  /** Variable pairs (name, else id) in the order they describe an instance, with their label. */
  private static final List<String[]> SUBJECTS = List.of(
      new String[] {"member", "memberName", "memberId"},
      new String[] {"item", "itemTitle", "itemId"},
      new String[] {"milestone", "milestoneName", "milestoneId"},
      new String[] {"handover item", "handoverItemId", "handoverItemId"},
      new String[] {"phase", "phaseName", "phaseKey"},
      new String[] {"module", "moduleName", "module"},
      new String[] {"system", "system", "system"});

  private final RuntimeService runtime;

  public InstanceSubjects(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public InstanceSubject of(String processInstanceId, String businessKey) {
    List<String> names = new ArrayList<>(List.of("contractId"));
    SUBJECTS.forEach(s -> names.addAll(List.of(s[1], s[2])));
    Map<String, Object> variables = runtime.getVariables(processInstanceId, names);
    Object contract = variables.getOrDefault("contractId", businessKey);
    List<String> parts = new ArrayList<>();
    for (String[] subject : SUBJECTS) {
      Object name = variables.get(subject[1]);
      Object id = variables.get(subject[2]);
      if (name != null || id != null) {
        parts.add(subject[0] + " " + (name != null ? name : id)
            + (name != null && id != null && !name.equals(id) ? " (" + id + ")" : ""));
      }
    }
    return new InstanceSubject(contract == null ? null : contract.toString(),
        parts.isEmpty() ? "the contract itself" : String.join(", ", parts));
  }

  /** @param subject e.g. "member Ana Silva (M-3), item Desk tour (I-7)" */
  public record InstanceSubject(String contractId, String subject) {}
}
