package io.skillgate.platform.web;

/** A request body over the configured limit: 413. */
public class PayloadTooLargeException extends RuntimeException {

  public PayloadTooLargeException() {
    super("request body too large");
  }
}
