package io.skillgate.contract;

import io.skillgate.platform.Port;

/**
 * The contract's event journal (shown on the contract page): other features append what they
 * did to a contract here. Implemented by the contract feature's repository.
 */
@Port
public interface ContractJournal {

  /** Appends an event; {@code detail} may be null and is cut to the column's length. */
  void recordEvent(String contractId, String actor, String kind, String detail);

}
