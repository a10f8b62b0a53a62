package io.skillgate.worklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names, schedules and prioritises every user task of every process without touching a model: a
 * parse listener adds {@link TaskSubjectListener} to each user task, and {@link TaskPrioritySweep}
 * raises priorities as due dates near. The listener is added by a <em>pre</em> parse listener, so
 * it runs before the notice listener (a post parse listener) and the first email already names
 * the task's subject.
 */
@Component
public class WorklistEnginePlugin extends AbstractProcessEnginePlugin {

  private final TaskSubjectListener listener;
  private final Duration sweepInterval;

  public WorklistEnginePlugin(TaskSubjects subjects,
      @Value("${skillgate.tasks.priority-sweep-interval:PT1H}") Duration sweepInterval) {
    this.listener = new TaskSubjectListener(subjects);
    this.sweepInterval = sweepInterval;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    });
    configuration.setCustomPreBPMNParseListeners(parseListeners);

    @SuppressWarnings("rawtypes")
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new TaskPrioritySweep(sweepInterval));
    configuration.setCustomJobHandlers(handlers);
  }

  /** One sweep is always pending: created at the first start, and again should an admin delete it. */
  @EventListener(ApplicationReadyEvent.class)
  public void ensureSweep(ApplicationReadyEvent event) {
    ProcessEngine engine = event.getApplicationContext().getBean(ProcessEngine.class);
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          if (!TaskPrioritySweep.exists()) {
            TaskPrioritySweep.schedule(ClockUtil.getCurrentTime());
          }
          return null;
        });
  }
}
