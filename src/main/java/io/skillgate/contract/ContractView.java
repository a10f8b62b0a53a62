package io.skillgate.contract;

import java.util.Date;
import java.util.List;

/** Everything about one contract that its parties may read. */
public record ContractView(
    ContractSummary contract,
    Contract terms,
    List<TeamMember> roster,
    List<OpenTask> openTasks,
    List<ContractEvent> history) {

  public record OpenTask(String id, String name, String taskDefinitionKey, Date due, String assignee) {}
}
