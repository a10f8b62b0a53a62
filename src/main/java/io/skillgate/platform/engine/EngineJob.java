package io.skillgate.platform.engine;

/**
 * A kind of engine job a feature defines (a Spring bean of this type is registered with the
 * engine by {@link FeatureEnginePlugin}). Its configuration is a plain string; the job runs inside
 * an engine command, so {@link InCommand} is available.
 */
public interface EngineJob {

  /** The job handler type stored with each job, unique across the application. */
  String type();

  void execute(String configuration);
}
