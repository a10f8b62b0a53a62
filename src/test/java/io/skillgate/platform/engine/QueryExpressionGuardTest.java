package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillgate.platform.identity.TasklistFilters;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine refuses user-written expressions in queries, whichever way the query arrives. */
@SkillGateTest
class QueryExpressionGuardTest {

  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @TempDir Path dir;

  @AfterEach
  void logout() {
    identity.clearAuthentication();
  }

  private String createsFile(Path file) {
    return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
        + file.toString().replace("\\", "/") + "').createNewFile()}";
  }

  @Test
  void theEngineCommandFieldsOfThisCamundaVersionAreReadable() {
    // If an upgrade renames them, filter commands are refused (fail closed): this test says why.
    assertThat(EngineCommandFields.readable()).isTrue();
  }

  @Test
  void anExpressionNestedInAnOrQueryIsRefusedAndNotEvaluated() {
    Path file = dir.resolve("or-query");
    TaskQuery query = tasks.createTaskQuery().or().taskAssigneeExpression(createsFile(file)).endOr();

    assertThatThrownBy(query::list).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("orQueries[0].assigneeExpression");
    assertThatThrownBy(query::count).isInstanceOf(BadUserRequestException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void anExpressionAtTheTopIsRefusedByTheGuardToo() {
    Path file = dir.resolve("top");
    TaskQuery query = tasks.createTaskQuery().dueAfterExpression(createsFile(file));

    assertThatThrownBy(query::list).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("refused: dueAfterExpression");
    assertThat(file).doesNotExist();
  }

  @Test
  void evenTheSafeShapesAreRefusedInAdhocQueries() {
    TaskQuery query = tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").endOr();

    assertThatThrownBy(query::list).isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void aFilterRunWithAnExtendingQueryCarryingAnExpressionIsRefused() {
    Path file = dir.resolve("extending");
    String filterId = seeded(TasklistFilters.MY_GROUP_TASKS).getId();
    identity.setAuthentication(TestSupport.VENDOR_A, List.of("vendor-northwind"));

    TaskQuery top = tasks.createTaskQuery().taskCandidateGroupExpression(createsFile(file));
    TaskQuery nested = tasks.createTaskQuery().or().dueBeforeExpression(createsFile(file)).endOr();

    assertThatThrownBy(() -> filters.list(filterId, top)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("candidateGroupExpression");
    assertThatThrownBy(() -> filters.count(filterId, nested)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("orQueries[0].dueBeforeExpression");
    assertThatThrownBy(() -> filters.listPage(filterId, nested, 0, 10)).isInstanceOf(BadUserRequestException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void theSeededFiltersStillRunForTheirUsers() {
    identity.setAuthentication(TestSupport.VENDOR_A, List.of("vendor-northwind"));
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.DUE_SOON)) {
      String id = seeded(name).getId();
      assertThat(filters.count(id)).as(name).isNotNull();
      assertThat(filters.listPage(id, 0, 5)).as(name).isNotNull();
      // Tasklist runs them with an extending query without expressions (sorting, variables).
      assertThat(filters.count(id, tasks.createTaskQuery().active())).as(name).isNotNull();
    }
  }

  @Test
  void aFilterCanBeSavedOnlyWithTheSafeShapes() {
    Path file = dir.resolve("stored");
    Filter unsafe = filters.newTaskFilter("unsafe-" + System.nanoTime())
        .setQuery(tasks.createTaskQuery().or().taskAssigneeExpression(createsFile(file)).endOr());
    assertThatThrownBy(() -> filters.saveFilter(unsafe)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("orQueries[0].assigneeExpression");

    Filter wrongField = filters.newTaskFilter("wrong-field-" + System.nanoTime())
        .setQuery(tasks.createTaskQuery().taskCandidateGroupExpression("${currentUser()}"));
    assertThatThrownBy(() -> filters.saveFilter(wrongField)).isInstanceOf(BadUserRequestException.class);

    Filter safe = filters.newTaskFilter("safe-" + System.nanoTime())
        .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .or().followUpBeforeExpression("${dateTime().minusDays(3)}").taskCandidateGroupInExpression("${currentUserGroups()}").endOr());
    filters.saveFilter(safe);
    identity.setAuthentication(TestSupport.ADMIN, List.of("camunda-admin"));
    try {
      assertThat(filters.count(safe.getId())).isNotNull();
    } finally {
      identity.clearAuthentication();
      filters.deleteFilter(safe.getId());
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void theSafeShapesAreExactlyThese() {
    assertThat(StoredFilterExpressions.allowed("taskAssignee", "${currentUser()}")).isTrue();
    assertThat(StoredFilterExpressions.allowed("taskCandidateGroupIn", "${currentUserGroups()}")).isTrue();
    assertThat(StoredFilterExpressions.allowed("dueBefore", "${dateTime().plusDays(2)}")).isTrue();
    assertThat(StoredFilterExpressions.allowed("dueBefore", "${now()}")).isTrue();
    assertThat(StoredFilterExpressions.allowed("dueBefore", "${dateTime().plusDays(2).toDate()}")).isTrue();

    assertThat(StoredFilterExpressions.allowed("taskAssignee", "${currentUser().concat('x')}")).isFalse();
    assertThat(StoredFilterExpressions.allowed("taskAssignee", "${currentUser()}${currentUser()}")).isFalse();
    assertThat(StoredFilterExpressions.allowed("taskAssignee", "#{currentUser()}")).isFalse();
    assertThat(StoredFilterExpressions.allowed("dueBefore", "${dateTime().plusDays(''.getClass())}")).isFalse();
    assertThat(StoredFilterExpressions.allowed("processInstanceBusinessKey", "${currentUser()}")).isFalse();
    assertThat(StoredFilterExpressions.allowed("unknownKey", "${now()}")).isFalse();
  }

  @Test
  void anUnknownExpressionKeyIsNamedAsItsJsonField() {
    assertThat(QueryExpressionFields.fieldName("taskCandidateGroupIn")).isEqualTo("candidateGroupsExpression");
    assertThat(QueryExpressionFields.fieldName("whatever")).isEqualTo("whateverExpression");
  }

  private Filter seeded(String name) {
    return filters.createFilterQuery().filterName(name).singleResult();
  }
}
