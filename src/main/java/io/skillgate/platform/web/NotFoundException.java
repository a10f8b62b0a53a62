package io.skillgate.platform.web;

/**
 * Something that does not exist, or that the caller may not see: both answer 404 so that a
 * vendor cannot learn that another vendor's contract exists.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
