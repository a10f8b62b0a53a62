package io.skillgate.platform.engine;

/**
 * How failed jobs of some types are retried instead of the engine's default (three immediate
 * retries for a job that belongs to no activity). A Spring bean of this type is used by
 * {@link FeatureEnginePlugin}; jobs of other types keep the engine's behaviour.
 */
public interface JobRetryPolicy {

  boolean handles(String jobType);

  /** A Camunda retry cycle, such as {@code R5/PT1M}. */
  String retryCycle();

  /** Called in the failing job's transaction once no retries are left (the engine raises its incident). */
  void exhausted(String jobType, String configuration, Throwable failure);
}
