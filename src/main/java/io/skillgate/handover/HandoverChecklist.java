package io.skillgate.handover;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checklist as the model sees it: the collections its multi-instance activities iterate over
 * and the texts its forms show ({@code ${handoverChecklist.itemIds(contractId)}}).
 */
@Component("handoverChecklist")
public class HandoverChecklist {

  /** Room left under the engine's 4000-character text variables for the closing line. */
  static final int FORM_TEXT_LIMIT = 3900;

  private final HandoverRepository handovers;

  public HandoverChecklist(HandoverRepository handovers) {
    this.handovers = handovers;
  }

  public List<Long> itemIds(String contractId) {
    return handovers.items(contractId).stream().map(HandoverItem::id).toList();
  }

  public String title(Object itemId) {
    return handovers.item(((Number) itemId).longValue()).map(HandoverItem::title).orElse("");
  }

  public List<String> systems(String contractId) {
    return handovers.accesses(contractId).stream().map(AccessRevocation::system).distinct().toList();
  }

  /** The members whose access to a system is to be revoked, one per line (shortened for large teams). */
  public String membersOf(String contractId, String system) {
    return fitForForm(handovers.accesses(contractId).stream()
        // A departed member whose access was already revoked (DepartedMemberAccess) is not listed again.
        .filter(a -> a.system().equals(system) && !a.revoked())
        .map(a -> a.memberName() + " (" + a.memberId() + ")")
        .toList());
  }

  /** What the parties sign off: every item with its status and location. */
  public String summary(String contractId) {
    return fitForForm(handovers.items(contractId).stream()
        .map(i -> i.title() + ": " + i.status().name().toLowerCase()
            + (i.location() == null ? "" : " (" + i.location() + ")"))
        .toList());
  }

  /**
   * Joins lines for a form field. The engine keeps a text variable in at most 4000 characters, so
   * a long list (a 200-member team) is cut at a line and points to the full handover report.
   */
  static String fitForForm(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = (text.isEmpty() ? "" : "\n") + lines.get(i);
      if (text.length() + line.length() > FORM_TEXT_LIMIT) {
        return text + "\n... and " + (lines.size() - i) + " more: see the handover report";
      }
      text.append(line);
    }
    return text.toString();
  }
}
