package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import io.skillgate.contract.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Derives a member's individual learning path (seed strategy 8) from the contract and
 * {@code LearningPathDecision}:
 * <ul>
 *   <li>the contract's core competencies: always, for every role (one orientation item each);</li>
 *   <li>shadowing: when the contract lists the member's role, with the member's named buddy;</li>
 *   <li>the decision table, by role: rows with item key {@code *} bring in all the contract's
 *       documents or workshops; other rows are role-specific items. A {@code *} row for
 *       COMPETENCY or SHADOWING only sets their delivery method.</li>
 * </ul>
 * Due dates: the end of the phase the item belongs to when that is still ahead, otherwise
 * {@code skillgate.onboarding.item-days} from today.
 */
@Component
public class LearningPaths {

  public static final String DECISION_KEY = "LearningPathDecision";
  static final String ALL_OF_KIND = "*";

  private static final Map<ItemKind, Contract.Delivery> DEFAULT_DELIVERY = new EnumMap<>(Map.of(
      ItemKind.COMPETENCY, Contract.Delivery.LIVE,
      ItemKind.DOCUMENT, Contract.Delivery.SELF_PACED,
      ItemKind.WORKSHOP, Contract.Delivery.LIVE,
      ItemKind.SHADOWING, Contract.Delivery.ON_THE_JOB,
      ItemKind.ROLE_ITEM, Contract.Delivery.SELF_PACED));

  private final DecisionService decisions;
  private final int itemDays;

  public LearningPaths(DecisionService decisions, @Value("${skillgate.onboarding.item-days:14}") int itemDays) {
    this.decisions = decisions;
    this.itemDays = itemDays;
  }

  public List<LearningPathItem> derive(Contract contract, TeamMember member, LocalDate today) {
    List<DecisionRow> rows = decide(member.role());
    LocalDate defaultDue = today.plusDays(itemDays);
    List<LearningPathItem> path = new ArrayList<>();

    Contract.Delivery competencyDelivery = deliveryOf(rows, ItemKind.COMPETENCY);
    for (Contract.Competency c : contract.coreCompetencies()) {
      path.add(new LearningPathItem("competency:" + c.key(), ItemKind.COMPETENCY, "Orientation: " + c.name(),
          competencyDelivery, LearningPathItem.Source.CONTRACT, null,
          dueBy(contract, c.dueByEndOfPhase(), today, defaultDue)));
    }
    Contract.KnowledgeTransfer kt = contract.knowledgeTransfer();
    if (kt != null && kt.documents() != null && includesAll(rows, ItemKind.DOCUMENT)) {
      Contract.Delivery delivery = deliveryOf(rows, ItemKind.DOCUMENT);
      for (Contract.Document d : kt.documents()) {
        String title = "Read: " + d.title() + (d.version() == null ? "" : " (" + d.version() + ")");
        path.add(new LearningPathItem("document:" + d.key(), ItemKind.DOCUMENT, title, delivery,
            LearningPathItem.Source.CONTRACT, null, defaultDue));
      }
    }
    if (kt != null && kt.workshops() != null && includesAll(rows, ItemKind.WORKSHOP)) {
      Contract.Delivery delivery = deliveryOf(rows, ItemKind.WORKSHOP);
      for (Contract.Workshop w : kt.workshops()) {
        path.add(new LearningPathItem("workshop:" + w.key(), ItemKind.WORKSHOP, "Attend: " + w.title(), delivery,
            LearningPathItem.Source.CONTRACT, null, dueBy(contract, w.phase(), today, defaultDue)));
      }
    }
    if (kt != null && kt.shadowing() != null && kt.shadowing().roles().contains(member.role())) {
      String buddy = member.buddy() == null || member.buddy().isBlank() ? null : member.buddy();
      String title = "Shadow " + (buddy == null ? "a client handler" : buddy) + " for " + kt.shadowing().days() + " days";
      path.add(new LearningPathItem("shadowing", ItemKind.SHADOWING, title, deliveryOf(rows, ItemKind.SHADOWING),
          LearningPathItem.Source.CONTRACT, buddy, defaultDue.plusDays(kt.shadowing().days())));
    }
    for (DecisionRow row : rows) {
      if (row.kind() == ItemKind.ROLE_ITEM && !ALL_OF_KIND.equals(row.key())) {
        path.add(new LearningPathItem("role:" + row.key(), ItemKind.ROLE_ITEM, row.title(),
            row.delivery() == null ? DEFAULT_DELIVERY.get(ItemKind.ROLE_ITEM) : row.delivery(),
            LearningPathItem.Source.DECISION, null, defaultDue));
      }
    }
    return path;
  }

  private List<DecisionRow> decide(String role) {
    return decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables().putValue("role", role))
        .evaluate().stream()
        .map(LearningPaths::row)
        .toList();
  }

  private static DecisionRow row(DmnDecisionResultEntries entry) {
    String delivery = entry.getEntry("delivery");
    return new DecisionRow(ItemKind.valueOf(entry.getEntry("itemKind")), entry.getEntry("itemKey"),
        entry.getEntry("title"), delivery == null ? null : Contract.Delivery.valueOf(delivery));
  }

  private static boolean includesAll(List<DecisionRow> rows, ItemKind kind) {
    return rows.stream().anyMatch(r -> r.kind() == kind && ALL_OF_KIND.equals(r.key()));
  }

  private static Contract.Delivery deliveryOf(List<DecisionRow> rows, ItemKind kind) {
    return rows.stream()
        .filter(r -> r.kind() == kind && ALL_OF_KIND.equals(r.key()) && r.delivery() != null)
        .map(DecisionRow::delivery)
        .findFirst()
        .orElse(DEFAULT_DELIVERY.get(kind));
  }

  private static LocalDate dueBy(Contract contract, String phaseKey, LocalDate today, LocalDate defaultDue) {
    Optional<LocalDate> phaseEnd = contract.phases().stream()
        .filter(p -> p.key().equals(phaseKey) && p.endDate() != null)
        .map(Contract.Phase::endDate)
        .findFirst();
    return phaseEnd.filter(end -> end.isAfter(today)).orElse(defaultDue);
  }

  private record DecisionRow(ItemKind kind, String key, String title, Contract.Delivery delivery) {}
}
