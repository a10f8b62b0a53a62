package io.skillgate.benchmark;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The engine's own floor: start → user task (candidate group, due date) → async continuation → end,
 * with nothing of SkillGate in it. Same engine, same settings, same DataSource as the measured work.
 */
final class FloorProcess {

  static final String KEY = "BenchmarkFloorProcess";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  FloorProcess(RepositoryService repository, RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  static BpmnModelInstance model(String candidateGroup) {
    return Bpmn.createExecutableProcess(KEY).name("Benchmark floor").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started").name("Started")
        .userTask("UserTask_Approve").name("Approve").camundaCandidateGroups(candidateGroup)
            .camundaDueDate("${dateTime().plusDays(3).toDate()}")
        .endEvent("EndEvent_Approved").name("Approved").camundaAsyncBefore()
        .done();
  }

  void deploy() {
    repository.createDeployment().name("benchmark-floor").addModelInstance(KEY + ".bpmn", model("vendor-northwind"))
        .enableDuplicateFiltering(true).deploy();
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult().getId();
    stripSkillGateListeners((ProcessDefinitionImpl) ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(definitionId));
  }

  /**
   * SkillGate's notice plugin adds a built-in listener to every user task of every process; the floor
   * is the engine alone, so the cached floor definition loses them (only there, only in this JVM).
   */
  private static void stripSkillGateListeners(ProcessDefinitionImpl definition) {
    for (ActivityImpl activity : definition.getActivities()) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        userTask.getTaskDefinition().getBuiltinTaskListeners().values()
            .forEach(list -> list.removeIf(l -> l.getClass().getName().startsWith("io.skillgate.")));
      }
    }
  }

  /** Runs n whole lifecycles one after the other; returns the nanoseconds of the engine's work in them. */
  long run(int n, SqlCounter sql) {
    Work work = new Work(sql);
    for (int i = 0; i < n; i++) {
      String businessKey = "floor-" + i;
      String pi = work.measured(() -> runtime.startProcessInstanceByKey(KEY, businessKey)).getId();
      Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
      work.measured(() -> tasks.complete(task.getId()));
      for (Job job : management.createJobQuery().processInstanceId(pi).list()) {
        work.measured(() -> management.executeJob(job.getId()));
      }
    }
    return work.nanos();
  }

}
