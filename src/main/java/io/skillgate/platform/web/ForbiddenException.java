package io.skillgate.platform.web;

/** The caller may see the resource but not do this with it: 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
