package io.skillgate.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Plugs what features contribute as Spring beans into the engine, so no feature touches the
 * engine's internals: {@link UserTaskListener}s on every user task, {@link EngineJob}s as job
 * handlers, and {@link JobRetryPolicy}s for their failed jobs. The Camunda starter applies every
 * {@code ProcessEnginePlugin} bean.
 */
@Component
public class FeatureEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<UserTaskListener> listeners;
  private final List<EngineJob> jobs;
  private final List<JobRetryPolicy> retryPolicies;

  public FeatureEnginePlugin(List<UserTaskListener> listeners, List<EngineJob> jobs, List<JobRetryPolicy> retryPolicies) {
    this.listeners = List.copyOf(listeners);
    this.jobs = List.copyOf(jobs);
    this.retryPolicies = List.copyOf(retryPolicies);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> pre = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    pre.add(addListeners(listeners.stream().filter(UserTaskListener::first).toList()));
    configuration.setCustomPreBPMNParseListeners(pre);
    List<BpmnParseListener> post = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    post.add(addListeners(listeners.stream().filter(l -> !l.first()).toList()));
    configuration.setCustomPostBPMNParseListeners(post);

    @SuppressWarnings("rawtypes")
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    jobs.forEach(job -> handlers.add(new Handler(job)));
    configuration.setCustomJobHandlers(handlers);

    if (!retryPolicies.isEmpty()) {
      configuration.setFailedJobCommandFactory(
          (jobId, exception) -> new PolicyJobRetryCmd(jobId, exception, retryPolicies));
    }
  }

  private static BpmnParseListener addListeners(List<UserTaskListener> selected) {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (UserTaskListener l : selected) {
          for (String event : l.events()) {
            definition.addBuiltInTaskListener(event, l.listener());
          }
        }
      }
    };
  }

  /** A job configuration that is just a string. */
  private record Raw(String value) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return value;
    }
  }

  private record Handler(EngineJob job) implements JobHandler<Raw> {
    @Override
    public String getType() {
      return job.type();
    }

    @Override
    public void execute(Raw configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
      job.execute(configuration.value());
    }

    @Override
    public Raw newConfiguration(String canonical) {
      return new Raw(canonical);
    }

    @Override
    public void onDelete(Raw configuration, JobEntity entity) {
      // nothing to clean up: a feature's own rows keep their state
    }
  }

}
