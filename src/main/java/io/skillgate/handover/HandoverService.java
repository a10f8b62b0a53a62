package io.skillgate.handover;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.ContractRoster;
import io.skillgate.contract.ContractService;
import io.skillgate.contract.ContractStage;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The exit handover's business rules: the checklist drawn from the contract's exit terms, the
 * deadlines relative to the effective end date, and what each delivery, review and sign-off records.
 */
@Service
public class HandoverService {

  private final Contracts contracts;
  private final ContractJournal journal;
  private final ContractRoster roster;
  private final ContractService contractService;
  private final HandoverRepository handovers;
  private final Clock clock;
  private final int deliveryLeadDays;
  private final int minimumDays;

  public HandoverService(Contracts contracts, ContractJournal journal, ContractRoster roster,
      ContractService contractService, HandoverRepository handovers,
      Clock clock,
      @Value("${skillgate.handover.delivery-lead-days:14}") int deliveryLeadDays,
      @Value("${skillgate.handover.minimum-days:5}") int minimumDays) {
    this.contracts = contracts;
    this.journal = journal;
    this.roster = roster;
    this.contractService = contractService;
    this.handovers = handovers;
    this.clock = clock;
    this.deliveryLeadDays = deliveryLeadDays;
    this.minimumDays = minimumDays;
  }

  /**
   * Creates the handover and its checklist. Items are due {@code delivery-lead-days} before the
   * effective end date, but never sooner than {@code minimum-days} from today: a termination at
   * short notice still leaves the vendor time to deliver. Sign-off is due on the end date (or
   * when the items are due, if later); access is revoked within the contract's days after the end.
   */
  public Handover prepare(String contractId, LocalDate effectiveEndDate, boolean terminated, int reviewDays) {
    if (handovers.handover(contractId).isPresent()) {
      throw new IllegalStateException("contract " + contractId + " already has an exit handover");
    }
    Contract terms = contracts.findTerms(contractId)
        .orElseThrow(() -> new IllegalStateException("no contract " + contractId));
    Contract.ExitTerms exit = terms.exit();
    LocalDate earliest = LocalDate.now(clock).plusDays(minimumDays);
    LocalDate itemsDue = later(effectiveEndDate.minusDays(deliveryLeadDays), earliest);
    LocalDate signOffDue = later(effectiveEndDate, itemsDue.plusDays(reviewDays));
    int revokeWithin = exit.revokeAccessWithinDays() == null ? 0 : exit.revokeAccessWithinDays();
    Handover handover = new Handover(contractId, terminated, effectiveEndDate, itemsDue, signOffDue,
        effectiveEndDate.plusDays(revokeWithin), clock.instant(), null, null, null);
    handovers.insertHandover(handover);

    int position = 0;
    for (String material : orEmpty(exit.materials())) {
      handovers.insertItem(contractId, ++position, HandoverItem.Kind.MATERIAL, material);
    }
    for (String recording : orEmpty(exit.recordings())) {
      handovers.insertItem(contractId, ++position, HandoverItem.Kind.RECORDING, recording);
    }
    if (exit.reverseShadowingDays() != null && exit.reverseShadowingDays() > 0) {
      handovers.insertItem(contractId, ++position, HandoverItem.Kind.REVERSE_SHADOWING,
          exit.reverseShadowingDays() + " days of reverse shadowing: the client's staff shadow the vendor's "
              + "experts on key skills");
    }
    // exit.certificationRecords chooses which (default: every certification of the contract).
    for (Contract.CertificationTarget c : terms.certificationRecordsAtExit()) {
      handovers.insertItem(contractId, ++position, HandoverItem.Kind.CERTIFICATION_RECORDS,
          "Records of " + c.name() + " certifications (role " + c.role() + ")");
    }
    List<TeamMember> team = contracts.members(contractId).stream().filter(TeamMember::isActive).toList();
    for (String system : orEmpty(exit.systemsToRevoke())) {
      for (TeamMember m : team) {
        handovers.insertAccess(contractId, system, m.memberId(), m.name());
      }
    }
    journal.recordEvent(contractId, null, "HANDOVER_STARTED", (terminated ? "terminated" : "regular end")
        + "; effective end date " + effectiveEndDate + "; " + position + " checklist item(s) due " + itemsDue);
    return handover;
  }

  public HandoverItem item(long itemId) {
    return handovers.item(itemId).orElseThrow(() -> new IllegalStateException("no handover item " + itemId));
  }

  public void recordDelivery(long itemId, String location, String note, String by) {
    HandoverItem item = item(itemId);
    handovers.markDelivered(itemId, location, note, by);
    journal.recordEvent(item.contractId(), by, "HANDOVER_ITEM_DELIVERED", item.title() + " at " + location);
  }

  public void recordReview(long itemId, boolean accepted, String reason, String by) {
    HandoverItem item = item(itemId);
    if (accepted) {
      handovers.markAccepted(itemId, by);
      journal.recordEvent(item.contractId(), by, "HANDOVER_ITEM_ACCEPTED", item.title());
    } else {
      handovers.markRefused(itemId, by, reason);
      journal.recordEvent(item.contractId(), by, "HANDOVER_ITEM_REFUSED", item.title() + ": " + reason);
    }
  }

  public void recordEscalation(long itemId) {
    HandoverItem item = item(itemId);
    handovers.markEscalated(itemId);
    journal.recordEvent(item.contractId(), null, "HANDOVER_ITEM_OVERDUE", item.title() + " was not delivered in time");
  }

  public int recordAccessRevoked(String contractId, String system, String by) {
    int members = handovers.markRevoked(contractId, system, by);
    journal.recordEvent(contractId, by, "ACCESS_REVOKED", system + ": " + members + " member(s)");
    return members;
  }

  /** A departed member's access to every system is revoked (see {@link DepartedMemberAccess}). */
  public int recordMemberAccessRevoked(String contractId, String memberId, String by) {
    int systems = handovers.markMemberRevoked(contractId, memberId, by);
    journal.recordEvent(contractId, by, "ACCESS_REVOKED", memberId + " (left): " + systems + " system(s)");
    return systems;
  }

  /** Both parties signed off: the contract is closed and its members leave the roster. */
  public void close(String contractId, String clientSignatory, String vendorSignatory) {
    handovers.recordSignOff(contractId, clientSignatory, vendorSignatory);
    LocalDate today = LocalDate.now(clock);
    for (TeamMember m : contracts.members(contractId)) {
      if (m.isActive()) {
        roster.markMemberLeft(contractId, m.memberId(), today, "contract ended");
      }
    }
    contractService.moveTo(contractId, ContractStage.CLOSED,
        "handover signed off by " + clientSignatory + " and " + vendorSignatory);
  }

  public Optional<Handover> find(String contractId) {
    return handovers.handover(contractId);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? new ArrayList<>() : list;
  }
}
