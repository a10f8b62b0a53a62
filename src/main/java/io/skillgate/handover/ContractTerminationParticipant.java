package io.skillgate.handover;

import io.skillgate.platform.Port;

/**
 * A feature that runs work for a contract and must end it cleanly when the contract is terminated
 * (training closes its open milestones as "ended by termination", onboarding its open steps...).
 * Every Spring bean implementing this is called inside the termination's transaction, before the
 * contract's remaining process instances are deleted: a failure rolls the whole termination back.
 */
@Port
public interface ContractTerminationParticipant {

  void endByTermination(String contractId, String reason);
}
