package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import java.util.Objects;

/**
 * The words the onboarding forms show for SkillGate's codes: a person reads "On the job" and
 * "Role-specific item", never {@code ON_THE_JOB} or {@code ROLE_ITEM}, and a role's name from the
 * contract instead of its key.
 */
public final class OnboardingLabels {

  private OnboardingLabels() {}

  public static String kind(ItemKind kind) {
    return switch (kind) {
      case COMPETENCY -> "Core competency";
      case DOCUMENT -> "Knowledge-transfer document";
      case WORKSHOP -> "Knowledge-transfer workshop";
      case SHADOWING -> "Shadowing a client buddy";
      case ROLE_ITEM -> "Role-specific item";
    };
  }

  public static String delivery(Contract.Delivery delivery) {
    return switch (delivery) {
      case SELF_PACED -> "Self-paced";
      case LIVE -> "Live session";
      case ON_THE_JOB -> "On the job";
    };
  }

  /** The role's name as the contract gives it, else its key. */
  public static String role(Contract terms, String roleKey) {
    if (terms == null || terms.roles() == null) {
      return roleKey;
    }
    return terms.roles().stream().filter(r -> Objects.equals(r.key(), roleKey)).map(Contract.Role::name)
        .findFirst().orElse(roleKey);
  }

  /**
   * Text from a vendor or a contract, safe to put into a form's Markdown: characters that would
   * start a link, emphasis, a heading or HTML are escaped, and line breaks become spaces.
   */
  public static String markdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
      if ("\\`*_{}[]()<>#+-!|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
