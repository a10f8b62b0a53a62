package io.skillgate.admin;

import java.util.List;

/** A running instance as the admin picks it: by contract and subject, with the steps it waits at. */
public record RunningInstance(String processInstanceId, String processDefinitionId, int version, String contractId,
    String subject, List<String> waitingAt) {}
