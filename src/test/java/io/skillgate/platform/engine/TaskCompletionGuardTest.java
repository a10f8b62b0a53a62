package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractProgrammeProcessIds;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine guards in-process: what a completion may carry, and who may write variables otherwise. */
@SkillGateTest
class TaskCompletionGuardTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired Api api;

  ProcessInstance programme;

  @BeforeEach
  void registerContract() {
    String id = Fixtures.uniqueId("TCG");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    programme = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void aFieldTheFormDoesNotHaveIsRefusedAndNothingChanges() {
    Task confirm = task(programme);
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), Map.of("vendorComment", "ok", "colour", "red")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("colour: is not a field of form 'confirm-upskilling-plan'");
    assertThat(task(programme).getId()).isEqualTo(confirm.getId());
    assertThat(runtime.getVariable(programme.getId(), "vendorComment")).isNull();
  }

  @Test
  void aRoutingVariableIsRefusedOnEveryWayOfFinishingATask() {
    Task confirm = task(programme);
    Map<String, Object> steer = Map.of("vendorGroup", "vendor-other");
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), steer))
        .hasMessageContaining("vendorGroup: is set by SkillGate");
    assertThatThrownBy(() -> forms.submitTaskForm(confirm.getId(), steer))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("vendorGroup");
    assertThatThrownBy(() -> tasks.resolveTask(confirm.getId(), steer))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("vendorGroup");
    assertThatThrownBy(() -> tasks.handleBpmnError(confirm.getId(), "Err_Any", "x", steer))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("vendorGroup");
    assertThatThrownBy(() -> tasks.handleEscalation(confirm.getId(), "Esc_Any", steer))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("vendorGroup");
    assertThat(runtime.getVariable(programme.getId(), "vendorGroup")).isEqualTo(Fixtures.VENDOR_A_GROUP);
    assertThat(task(programme).getId()).isEqualTo(confirm.getId());
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    tasks.complete(task(programme).getId(), Map.of("vendorComment", "we confirm"));
    Task approve = task(programme);
    assertThatThrownBy(() -> tasks.complete(approve.getId(), Map.of("planDecision", "maybe")))
        .hasMessageContaining("planDecision: must be one of the field's options (approve, return)");
    assertThatThrownBy(() -> tasks.complete(approve.getId(), Map.of("planDecision", "approve", "returnReason", 5)))
        .hasMessageContaining("returnReason: must be text");
    assertThatThrownBy(() -> tasks.complete(approve.getId(),
        Variables.createVariables().putValueTyped("returnReason", Variables.objectValue(List.of("a")).create())))
        .hasMessageContaining("returnReason: must be text");
    assertThat(task(programme).getId()).isEqualTo(approve.getId());
  }

  @Test
  void theFormsFieldsAreAccepted() {
    tasks.complete(task(programme).getId(), Map.of("vendorComment", "we confirm"));
    assertThat(task(programme).getTaskDefinitionKey()).isEqualTo(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
  }

  @Test
  void aVendorWritesNoVariableOutsideACompletion() {
    Task confirm = task(programme);
    identity.setAuthentication(io.skillgate.support.TestSupport.VENDOR_A, List.of(Fixtures.VENDOR_A_GROUP));
    assertThatThrownBy(() -> tasks.setVariable(confirm.getId(), "planReviewerGroup", Fixtures.VENDOR_A_GROUP))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.setVariableLocal(confirm.getId(), "x", 1)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.setVariable(programme.getId(), "planReviewerGroup", "x"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.createMessageCorrelation("ContractTerminated").setVariable("a", 1).correlateAll())
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("ContractProgrammeProcess"))
        .isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();
    assertThat(runtime.getVariable(programme.getId(), "planReviewerGroup")).isEqualTo("reviewers");
    assertThat(tasks.getVariableLocal(confirm.getId(), "x")).isNull();
  }

  @Test
  void anAdminStillWritesVariables() {
    identity.setAuthentication("admin", List.of("camunda-admin"));
    runtime.setVariable(programme.getId(), "adminNote", "checked");
    identity.clearAuthentication();
    assertThat(runtime.getVariable(programme.getId(), "adminNote")).isEqualTo("checked");
  }
}
