package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What "Provision access and tools" asks the vendor to set up for a member: the client's systems
 * named in the contract (the same list whose access is revoked when the member leaves) and the
 * tools the member's role must be proficient in.
 */
final class ProvisioningList {

  private ProvisioningList() {}

  static String of(Contract terms, String roleKey) {
    List<String> lines = new ArrayList<>();
    if (terms != null && terms.exit() != null && terms.exit().systemsToRevoke() != null) {
      terms.exit().systemsToRevoke().forEach(s -> lines.add("- Access to " + OnboardingLabels.markdown(s)));
    }
    if (terms != null) {
      terms.toolProficiencies().stream().filter(t -> Objects.equals(t.role(), roleKey))
          .forEach(t -> lines.add("- " + OnboardingLabels.markdown(t.tool()) + " (proficiency level " + t.level() + " of 5 by "
              + OnboardingLabels.markdown(phaseName(terms, t.byPhase())) + ")"));
    }
    return lines.isEmpty() ? "The contract names no systems or tools: set up what the team's work needs."
        : String.join("\n", lines);
  }

  private static String phaseName(Contract terms, String phaseKey) {
    return terms.phases().stream().filter(p -> Objects.equals(p.key(), phaseKey)).map(Contract.Phase::name)
        .findFirst().orElse(phaseKey);
  }
}
