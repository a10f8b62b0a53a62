package io.skillgate.training;

import java.time.Duration;

/** A user uploading faster than allowed: 429 with the wait, nothing read or stored. */
public class UploadRateExceededException extends RuntimeException {

  private final Duration retryAfter;

  public UploadRateExceededException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
