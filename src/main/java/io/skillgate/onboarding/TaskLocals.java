package io.skillgate.onboarding;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;

/**
 * The variables local to a user task's own scope (the activity's execution, which the model's
 * input mappings create): what Tasklist submits for the task lands there and ends with the task,
 * so neither an earlier round's values nor another member's show up in a form. Reached through a
 * listener's {@link DelegateTask} while the task is created or completed, or through the
 * {@link RuntimeService} while it waits, so the evidence rows are built the same way in both cases.
 */
interface TaskLocals {

  Object get(String name);

  void set(String name, Object value);

  static TaskLocals of(DelegateTask task) {
    return new TaskLocals() {
      public Object get(String name) {
        return task.getExecution().getVariableLocal(name);
      }

      public void set(String name, Object value) {
        task.getExecution().setVariableLocal(name, value);
      }
    };
  }

  static TaskLocals of(RuntimeService runtime, Task task) {
    return new TaskLocals() {
      public Object get(String name) {
        return runtime.getVariableLocal(task.getExecutionId(), name);
      }

      public void set(String name, Object value) {
        runtime.setVariableLocal(task.getExecutionId(), name, value);
      }
    };
  }
}
