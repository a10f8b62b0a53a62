package io.skillgate.platform.deployment;

/** A set of models that must not go live; the message names the file and the problem. */
public class DeploymentRefusedException extends RuntimeException {

  public DeploymentRefusedException(String message) {
    super(message);
  }

  public DeploymentRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
