package io.skillgate.admin;

import java.util.List;

/** Where a moved instance was and where it waits now; the reason is in the contract's history. */
public record InstanceMoveResult(String processInstanceId, String contractId, String subject, List<String> movedFrom,
    List<String> waitingAt, String reason) {}
