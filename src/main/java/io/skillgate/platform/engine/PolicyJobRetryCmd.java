package io.skillgate.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * What the engine does after a job failed: a job whose type a {@link JobRetryPolicy} handles gets
 * that policy's retry cycle (it belongs to no activity, so the engine would retry it at once,
 * three times), and the policy hears when no retries are left. Every other job keeps the engine's
 * default behaviour.
 */
class PolicyJobRetryCmd extends DefaultJobRetryCmd {

  private final List<JobRetryPolicy> policies;
  private JobRetryPolicy policy;

  PolicyJobRetryCmd(String jobId, Throwable exception, List<JobRetryPolicy> policies) {
    super(jobId, exception);
    this.policies = policies;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    policy = job == null ? null
        : policies.stream().filter(p -> p.handles(job.getJobHandlerType())).findFirst().orElse(null);
    if (policy == null) {
      return super.execute(commandContext);
    }
    try {
      executeCustomStrategy(commandContext, job, null);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ProcessEngineException("cannot apply the retry cycle '" + policy.retryCycle() + "'", e);
    }
    if (job.getRetries() <= 0) {
      policy.exhausted(job.getJobHandlerType(), job.getJobHandlerConfigurationRaw(), exception);
    }
    return null;
  }

  @Override
  public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
    return activity == null && policy != null
        ? ParseUtil.parseRetryIntervals(policy.retryCycle()) : super.getFailedJobRetryConfiguration(job, activity);
  }
}
