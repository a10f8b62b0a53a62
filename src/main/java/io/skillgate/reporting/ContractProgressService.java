package io.skillgate.reporting;

import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.security.SkillGateUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds {@link ContractProgress}: onboarding counts from SkillGate's tables, whose turn it is from
 * the engine's open tasks of the contract (every process of a contract runs under its id as
 * business key). Who may ask is decided before this runs ({@code ContractAccess}).
 */
@Service
public class ContractProgressService {

  /** More open tasks than this per party are counted, not listed by name. */
  private static final int NAMED_TASKS_LIMIT = 2000;

  private final TaskService tasks;
  private final JdbcClient jdbc;
  private final Clock clock;

  public ContractProgressService(TaskService tasks, JdbcClient jdbc, Clock clock) {
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public ContractProgress of(ContractSummary contract) {
    return new ContractProgress(contract.id(), contract.stage().name(), onboarding(contract.id()), waitingOn(contract));
  }

  private ContractProgress.Onboarding onboarding(String contractId) {
    int members = jdbc.sql("SELECT COUNT(*) FROM contract_member WHERE contract_id = ? AND status = 'ACTIVE'")
        .param(contractId).query(Integer.class).single();
    Map<String, Integer> byStatus = counts(
        "SELECT status, COUNT(*) AS n FROM onboarding WHERE contract_id = ? GROUP BY status", contractId);
    Map<String, Integer> items = counts("SELECT i.status, COUNT(*) AS n FROM onboarding_item i "
        + "JOIN onboarding o ON o.id = i.onboarding_id WHERE o.contract_id = ? GROUP BY i.status", contractId);
    int started = byStatus.values().stream().mapToInt(Integer::intValue).sum() - byStatus.getOrDefault("ENDED", 0);
    int itemsTotal = items.entrySet().stream().filter(e -> !"CANCELLED".equals(e.getKey()))
        .mapToInt(Map.Entry::getValue).sum();
    return new ContractProgress.Onboarding(members, Math.max(0, members - started),
        byStatus.getOrDefault("IN_PROGRESS", 0), byStatus.getOrDefault("AWAITING_APPROVAL", 0),
        byStatus.getOrDefault("APPROVED", 0), byStatus.getOrDefault("ENDED", 0),
        items.getOrDefault("ACCEPTED", 0), itemsTotal);
  }

  private Map<String, Integer> counts(String sql, String contractId) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql(sql).param(contractId).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
    return counts;
  }

  /** The parties with open work, the one with the earliest due task first. */
  private List<ContractProgress.Turn> waitingOn(ContractSummary contract) {
    List<ContractProgress.Turn> turns = new ArrayList<>();
    turn("VENDOR", contract.vendorName() + " (vendor)", contract.id(), contract.vendorGroup()).ifPresent(turns::add);
    turn("CLIENT", contract.clientName() + " reviewers", contract.id(), SkillGateUser.REVIEWER_GROUP)
        .ifPresent(turns::add);
    turn("PROGRAMME_OFFICE", "Programme office (admins)", contract.id(), SkillGateUser.ADMIN_GROUP)
        .ifPresent(turns::add);
    turns.sort(Comparator.comparing(ContractProgress.Turn::nextDue, Comparator.nullsLast(Comparator.naturalOrder())));
    return turns;
  }

  private Optional<ContractProgress.Turn> turn(String party, String label, String contractId, String group) {
    long open = query(contractId, group).count();
    if (open == 0) {
      return Optional.empty();
    }
    Date now = Date.from(Instant.now(clock));
    long overdue = query(contractId, group).dueBefore(now).count();
    List<Task> listed = query(contractId, group).orderByDueDate().asc().listPage(0, NAMED_TASKS_LIMIT);
    Instant nextDue = listed.stream().map(Task::getDueDate).filter(d -> d != null).findFirst()
        .map(Date::toInstant).orElse(null);
    Map<String, Integer> byName = listed.stream()
        .collect(Collectors.groupingBy(t -> Objects.toString(t.getName(), "Task"), Collectors.summingInt(t -> 1)));
    Map<String, Integer> sorted = byName.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    return Optional.of(new ContractProgress.Turn(party, label, (int) open, (int) overdue, nextDue, sorted));
  }

  private TaskQuery query(String contractId, String group) {
    return tasks.createTaskQuery().processInstanceBusinessKey(contractId).active()
        .taskCandidateGroup(group).includeAssignedTasks();
  }
}
