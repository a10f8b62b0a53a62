package io.skillgate.incentive;

import io.skillgate.contract.ContractAccess;
import io.skillgate.platform.security.SkillGateUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/contracts/{id}/incentives}: the contract's ledger, for both parties. */
@RestController
public class IncentiveController {

  private final ContractAccess access;
  private final IncentiveLedger ledger;

  public IncentiveController(ContractAccess access, IncentiveLedger ledger) {
    this.access = access;
    this.ledger = ledger;
  }

  @GetMapping("/api/contracts/{contractId}/incentives")
  public List<LedgerEntry> entries(@PathVariable String contractId, SkillGateUser user) {
    access.visible(user, contractId);
    return ledger.entries(contractId);
  }
}
