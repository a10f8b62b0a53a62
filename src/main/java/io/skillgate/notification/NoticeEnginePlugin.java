package io.skillgate.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Wires task notices into the engine without touching any model: a parse listener adds
 * {@link TaskNoticeListener} to every user task, two job handlers deliver notices and fire deadlines,
 * and failed notice jobs are retried with backoff ({@link NoticeJobRetryCmd}). The Camunda starter
 * applies every {@code ProcessEnginePlugin} bean.
 */
@Component
public class NoticeEnginePlugin extends AbstractProcessEnginePlugin {

  private final TaskNoticeListener listener;
  private final NoticeDelivery delivery;
  private final NoticeRecorder recorder;
  private final NoticeRepository notices;
  private final NoticeSettings settings;

  public NoticeEnginePlugin(NoticeRecorder recorder, NoticeDelivery delivery, NoticeRepository notices,
      NoticeSettings settings) {
    this.listener = new TaskNoticeListener(recorder);
    this.recorder = recorder;
    this.delivery = delivery;
    this.notices = notices;
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        // Built-in listeners run before the model's own and do not show up in the model.
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    @SuppressWarnings("rawtypes")
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new DeliverNoticeJobHandler(delivery));
    handlers.add(new TaskDeadlineJobHandler(recorder));
    configuration.setCustomJobHandlers(handlers);

    configuration.setFailedJobCommandFactory(
        (jobId, exception) -> new NoticeJobRetryCmd(jobId, exception, settings.retryCycle(), notices));
  }
}
