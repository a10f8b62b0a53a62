package io.skillgate.platform.identity;

import io.skillgate.platform.engine.EngineAccess;
import io.skillgate.worklist.WorklistVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. With authorization on, each user sees in them only the tasks the
 * engine lets them read, so one set of filters serves reviewers and every vendor.
 *
 * <p>Built for 20 contracts and 500 members: "Waiting on me" comes first (Tasklist opens on the
 * filter of lowest priority, so a user arriving from an email about a group task sees it there),
 * the most urgent first; every filter shows the contract, member and item of each task
 * ({@link WorklistVariables}), and "By contract" groups everything by contract. The expressions
 * used are the safe shapes the stored-filter guard allows (platform/engine/StoredFilterExpressions).
 */
@Component
public class TasklistFilters {

  public static final String WAITING_ON_ME = "Waiting on me";
  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUP_TASKS = "My group tasks";
  public static final String DUE_SOON = "Due soon / overdue";
  public static final String BY_CONTRACT = "By contract";

  /**
   * The columns each filter shows under a task's name. Tasklist shows the first column a task has
   * and folds the others away, so the one that tells tasks of one contract apart comes first.
   */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", WorklistVariables.TASK_MEMBER, "label", "Member"),
      Map.of("name", WorklistVariables.TASK_ITEM, "label", "About"),
      Map.of("name", WorklistVariables.TASK_CONTRACT, "label", "Contract"));

  private record Definition(String name, int priority, String description, String color, Supplier<TaskQuery> query) {}

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Grants grants;

  public TasklistFilters(FilterService filters, TaskService tasks, IdentityService identity, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.grants = grants;
  }

  private List<Definition> definitions() {
    return List.of(
        new Definition(WAITING_ON_ME, -20, "Assigned to me, or unclaimed in my groups; the most urgent first", "#9467bd",
            () -> urgentFirst(tasks.createTaskQuery()
                .or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr())),
        new Definition(MY_TASKS, -10, "Tasks assigned to me", "#1f77b4",
            () -> urgentFirst(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))),
        new Definition(MY_GROUP_TASKS, -5, "Unassigned tasks of my groups", "#2ca02c",
            () -> urgentFirst(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned())),
        new Definition(DUE_SOON, 0, "Tasks due within two days, or overdue", "#d62728",
            () -> urgentFirst(tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(2)}"))),
        new Definition(BY_CONTRACT, 10, "Every task I may see, contract by contract; search by Contract to narrow",
            "#7f7f7f",
            () -> tasks.createTaskQuery().orderByProcessVariable("contractId", ValueType.STRING).asc()
                .orderByDueDate().asc()));
  }

  private static TaskQuery urgentFirst(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskPriority().desc();
  }

  /**
   * Creates the filters that do not exist yet and brings those an older version created up to
   * date (query, columns, order). Saves nothing when a filter is already as defined, so a restart,
   * or a second node starting, changes nothing.
   */
  public void ensure() {
    for (Definition d : definitions()) {
      Filter wanted = filters.newTaskFilter(d.name()).setQuery(d.query().get()).setProperties(properties(d));
      List<Filter> existing = filters.createFilterQuery().filterResourceType("Task").filterName(d.name()).list();
      if (existing.isEmpty()) {
        filters.saveFilter(wanted);
        continue;
      }
      for (Filter filter : existing) {
        if (filter.getOwner() == null && !sameAs(filter, wanted)) {
          filter.setQuery(wanted.getQuery());
          filter.setProperties(wanted.getProperties());
          filters.saveFilter(filter);
        }
      }
    }
  }

  /** Lets a group use the shared filters. */
  public void share(String groupId) {
    List<String> names = definitions().stream().map(Definition::name).toList();
    for (Filter f : filters.createFilterQuery().filterResourceType("Task").list()) {
      if (names.contains(f.getName()) && f.getOwner() == null) {
        grants.grant(groupId, Resources.FILTER, f.getId(), Permissions.READ);
      }
    }
  }

  /** Shares the filters with every vendor group, including those of installations that predate a filter. */
  public void shareWithVendors() {
    identity.createGroupQuery().groupType(VendorGroups.GROUP_TYPE).list().forEach(g -> share(g.getId()));
  }

  private static Map<String, Object> properties(Definition d) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("priority", d.priority());
    p.put("description", d.description());
    p.put("color", d.color());
    p.put("refresh", true);
    p.put("variables", COLUMNS);
    p.put("showUndefinedVariable", false);
    return p;
  }

  private static boolean sameAs(Filter stored, Filter wanted) {
    return Objects.equals(json(stored), json(wanted)) && Objects.equals(stored.getProperties(), wanted.getProperties());
  }

  private static String json(Filter filter) {
    return EngineAccess.storedQuery(filter);
  }
}
