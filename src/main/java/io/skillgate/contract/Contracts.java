package io.skillgate.contract;

import io.skillgate.platform.Port;
import java.util.List;
import java.util.Optional;

/**
 * What other features may read about a contract: whether it exists, its summary, its terms and
 * its live roster. The contract feature's repository implements it; other features depend on
 * this interface so the repository's writes and queries stay the contract feature's own.
 */
@Port
public interface Contracts {

  boolean exists(String id);

  Optional<ContractSummary> find(String id);

  /** The terms as agreed at intake (the roster in them is not kept current: use {@link #members}). */
  Optional<Contract> findTerms(String id);

  /** The live roster, leavers included, ordered by member id. */
  List<TeamMember> members(String contractId);

  Optional<TeamMember> member(String contractId, String memberId);

}
