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

  /** The members whose access to a system is to be revoked, one per line. */
  public String membersOf(String contractId, String system) {
    return handovers.accesses(contractId).stream()
        .filter(a -> a.system().equals(system))
        .map(a -> a.memberName() + " (" + a.memberId() + ")")
        .collect(Collectors.joining("\n"));
  }

  /** What the parties sign off: every item with its status and location. */
  public String summary(String contractId) {
    return handovers.items(contractId).stream()
        .map(i -> i.title() + ": " + i.status().name().toLowerCase()
            + (i.location() == null ? "" : " (" + i.location() + ")"))
        .collect(Collectors.joining("\n"));
  }
}
