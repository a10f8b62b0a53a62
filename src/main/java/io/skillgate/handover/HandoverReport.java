package io.skillgate.handover;

import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Assembles a contract's {@link HandoverView} from the handover tables and the evaluation source. */
@Component
public class HandoverReport {

  private final HandoverRepository handovers;
  private final List<TrainingEvaluationSource> evaluationSources;
  private final Clock clock;

  public HandoverReport(HandoverRepository handovers, List<TrainingEvaluationSource> evaluationSources, Clock clock) {
    this.handovers = handovers;
    this.evaluationSources = evaluationSources;
    this.clock = clock;
  }

  /** The report of a contract the caller may see; 404 while its handover has not started. */
  public HandoverView of(ContractSummary contract) {
    Handover h = handovers.handover(contract.id())
        .orElseThrow(() -> new NotFoundException("contract '" + contract.id() + "' has no exit handover yet"));
    List<HandoverItem> items = handovers.items(contract.id());
    List<AccessRevocation> accesses = handovers.accesses(contract.id());
    HandoverView.Counts counts = new HandoverView.Counts(items.size(),
        count(items, HandoverItem.Status.OUTSTANDING), count(items, HandoverItem.Status.DELIVERED),
        count(items, HandoverItem.Status.REFUSED), count(items, HandoverItem.Status.ACCEPTED),
        (int) items.stream().filter(i -> i.refusals() > 0).count(),
        (int) items.stream().filter(HandoverItem::overdueEscalated).count(),
        (int) accesses.stream().filter(AccessRevocation::revoked).count(),
        (int) accesses.stream().filter(a -> !a.revoked()).count());
    String reason = handovers.termination(contract.id()).map(Termination::reason).orElse(null);
    return new HandoverView(contract.id(), contract.title(), contract.clientName(), contract.vendorName(),
        h.terminated(), reason, h.effectiveEndDate(), h.itemsDue(), h.signOffDue(), h.revokeAccessDue(), counts, items,
        accesses, new HandoverView.SignOff(h.clientSignatory(), h.vendorSignatory(), h.signedOffAt()),
        evaluation(contract.id()), clock.instant());
  }

  /** The first source that has an evaluation; null when none has (reporting not there yet). */
  private List<TrainingEvaluationSource.Line> evaluation(String contractId) {
    return evaluationSources.stream()
        .map(s -> s.evaluate(contractId))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  private static int count(List<HandoverItem> items, HandoverItem.Status status) {
    return (int) items.stream().filter(i -> i.status() == status).count();
  }
}
