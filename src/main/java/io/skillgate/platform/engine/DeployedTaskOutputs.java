package io.skillgate.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The outputs of an open task, read from the Camunda Form its model references. A deployed form
 * never changes, so each is parsed once and kept by its form definition id.
 */
public class DeployedTaskOutputs {

  /** An open task and what it may write. */
  public record OpenTask(String name, TaskOutputs outputs) {}

  /**
   * Shared by every reader (the completion guard, the REST error answers): a form definition id is
   * a deployment's own UUID, so one map serves every engine in the JVM.
   */
  private static final Map<String, TaskOutputs> byFormDefinitionId = new ConcurrentHashMap<>();

  /** The task and its outputs, or null when there is no such task (the command then fails on its own). */
  public OpenTask of(String taskId, CommandContext context) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    TaskFormData form = context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
    CamundaFormRef ref = form == null ? null : form.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return new OpenTask(task.getName(), TaskOutputs.none());
    }
    CamundaFormDefinition definition =
        context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
    if (definition == null) {
      return new OpenTask(task.getName(), TaskOutputs.none());
    }
    return new OpenTask(task.getName(), byFormDefinitionId.computeIfAbsent(definition.getId(),
        id -> read(context, definition)));
  }

  private static TaskOutputs read(CommandContext context, CamundaFormDefinition definition) {
    try (InputStream json = context.runWithoutAuthorization(
        new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
      return TaskOutputs.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("form " + definition.getKey() + " cannot be read", e);
    }
  }
}
