package io.skillgate.platform.web;

/** A request that clashes with the current state (an existing id, a task already completed): 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
