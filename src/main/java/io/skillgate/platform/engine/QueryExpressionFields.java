package io.skillgate.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * The expressions a query carries, each named as a client wrote it: the engine keeps them under
 * internal keys ({@code taskAssignee}), the REST API and the webapps call the same field
 * {@code assigneeExpression}, and an or-query's field is {@code orQueries[0].assigneeExpression}.
 */
final class QueryExpressionFields {

  /** Internal key → the name of the field in TaskQueryDto (the JSON of /task and of filters). */
  private static final Map<String, String> TASK_QUERY_FIELDS = Map.ofEntries(
      Map.entry("taskAssignee", "assigneeExpression"),
      Map.entry("taskAssigneeLike", "assigneeLikeExpression"),
      Map.entry("taskOwner", "ownerExpression"),
      Map.entry("taskCandidateUser", "candidateUserExpression"),
      Map.entry("taskInvolvedUser", "involvedUserExpression"),
      Map.entry("taskCandidateGroup", "candidateGroupExpression"),
      Map.entry("taskCandidateGroupIn", "candidateGroupsExpression"),
      Map.entry("processInstanceBusinessKey", "processInstanceBusinessKeyExpression"),
      Map.entry("processInstanceBusinessKeyLike", "processInstanceBusinessKeyLikeExpression"),
      Map.entry("taskCreatedOn", "createdOnExpression"),
      Map.entry("taskCreatedBefore", "createdBeforeExpression"),
      Map.entry("taskCreatedAfter", "createdAfterExpression"),
      Map.entry("taskUpdatedAfter", "updatedAfterExpression"),
      Map.entry("dueDate", "dueDateExpression"),
      Map.entry("dueBefore", "dueBeforeExpression"),
      Map.entry("dueAfter", "dueAfterExpression"),
      Map.entry("followUpDate", "followUpDateExpression"),
      Map.entry("followUpBefore", "followUpBeforeExpression"),
      Map.entry("followUpBeforeOrNotExistent", "followUpBeforeOrNotExistentExpression"),
      Map.entry("followUpAfter", "followUpAfterExpression"));

  private QueryExpressionFields() {}

  /**
   * The fields of {@code query} (its top level and, for a task query, every or-query) whose
   * expression {@code refused} refuses, given the internal key and the expression.
   */
  static List<String> refused(AbstractQuery<?, ?> query, BiPredicate<String, String> refused) {
    List<String> fields = new ArrayList<>();
    collect(query, "", refused, fields);
    if (query instanceof TaskQueryImpl task) {
      List<TaskQueryImpl> queries = task.getQueries();
      // queries.get(0) is the query itself; the or-queries follow in the order they were given.
      for (int i = 1; i < queries.size(); i++) {
        collect(queries.get(i), "orQueries[" + (i - 1) + "].", refused, fields);
      }
    }
    return fields;
  }

  private static void collect(AbstractQuery<?, ?> query, String prefix, BiPredicate<String, String> refused,
      List<String> fields) {
    Map<String, String> expressions = query.getExpressions();
    if (expressions == null) {
      return;
    }
    expressions.forEach((key, expression) -> {
      if (refused.test(key, expression)) {
        fields.add(prefix + fieldName(key));
      }
    });
  }

  /** Any other key came from a JSON field named key + "Expression" (JsonTaskQueryConverter). */
  static String fieldName(String key) {
    return TASK_QUERY_FIELDS.getOrDefault(key, key + "Expression");
  }
}
