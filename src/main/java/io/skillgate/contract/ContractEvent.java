package io.skillgate.contract;

import java.time.Instant;

/** One entry of a contract's audit trail. */
public record ContractEvent(Instant occurredAt, String actor, String kind, String detail) {}
