package io.skillgate.contract;

import io.skillgate.platform.Port;
import java.time.LocalDate;

/**
 * Changes to a contract's live roster, for the features that add members (onboarding) and see
 * them leave (onboarding, handover). Implemented by the contract feature's repository.
 */
@Port
public interface ContractRoster {

  void insertMember(String contractId, Contract.Member member, LocalDate joinedOn);

  /** Marks an active member as having left; returns false if there was no such active member. */
  boolean markMemberLeft(String contractId, String memberId, LocalDate leftOn, String reason);

}
