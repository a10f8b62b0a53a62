package io.skillgate.contract;

import io.skillgate.platform.Port;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees a contract: admins and the client's reviewers see all,
 * a vendor's users only their vendor's. Every feature's API asks here first.
 */
@Component
@Port
public class ContractAccess {

  private final ContractRepository contracts;

  public ContractAccess(ContractRepository contracts) {
    this.contracts = contracts;
  }

  public boolean canSee(SkillGateUser user, ContractSummary contract) {
    return user.seesAllContracts() || user.belongsTo(contract.vendorGroup());
  }

  /** The contract if the user may see it; otherwise 404, so its existence is not revealed. */
  public ContractSummary visible(SkillGateUser user, String contractId) {
    return contracts.find(contractId)
        .filter(c -> canSee(user, c))
        .orElseThrow(() -> new NotFoundException("no contract '" + contractId + "'"));
  }
}
