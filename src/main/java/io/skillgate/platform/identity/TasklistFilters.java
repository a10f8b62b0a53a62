package io.skillgate.platform.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. With authorization on, each user sees in them only the tasks the
 * engine lets them read, so one set of filters serves reviewers and every vendor.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUP_TASKS = "My group tasks";
  public static final String DUE_SOON = "Due soon / overdue";

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  public TasklistFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  /** Creates the filters that do not exist yet. */
  public void ensure() {
    create(MY_TASKS, -10, "Tasks assigned to me", "#1f77b4",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create(MY_GROUP_TASKS, -5, "Unassigned tasks of my groups", "#2ca02c",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
            .orderByDueDate().asc());
    create(DUE_SOON, 0, "Tasks due within two days, or overdue", "#d62728",
        tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(2)}").orderByDueDate().asc());
  }

  /** Lets a group use the shared filters. */
  public void share(String groupId) {
    for (Filter f : filters.createFilterQuery().filterResourceType("Task").list()) {
      if (List.of(MY_TASKS, MY_GROUP_TASKS, DUE_SOON).contains(f.getName())) {
        grants.grant(groupId, Resources.FILTER, f.getId(), Permissions.READ);
      }
    }
  }

  private void create(String name, int priority, String description, String color, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("priority", priority, "description", description, "color", color, "refresh", true));
    filters.saveFilter(filter);
  }
}
