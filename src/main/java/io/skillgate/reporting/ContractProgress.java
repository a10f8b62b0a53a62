package io.skillgate.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a contract's work stands for a person opening the dashboard: the programme's stage, how far
 * the team's onboarding has come, and whose turn it is ({@code GET /api/contracts/{id}/progress}).
 */
public record ContractProgress(
    String contractId,
    String stage,
    Onboarding onboarding,
    List<Turn> waitingOn) {

  /**
   * Members by onboarding state. {@code notStarted}: on the roster, but their onboarding has not
   * begun (it begins once the plan is agreed). Items: learning path items signed off of all that count
   * (cancelled ones left out).
   */
  public record Onboarding(int members, int notStarted, int inProgress, int awaitingApproval, int approved,
      int ended, int itemsAccepted, int itemsTotal) {}

  /**
   * One party's open work on the contract: {@code party} is VENDOR, CLIENT or PROGRAMME_OFFICE;
   * {@code tasks} counts the open tasks by name, largest first.
   */
  public record Turn(String party, String label, int openTasks, int overdueTasks, Instant nextDue,
      Map<String, Integer> tasks) {}
}
