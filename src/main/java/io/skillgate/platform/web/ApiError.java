package io.skillgate.platform.web;

import java.util.List;

/** The body of every error answer of {@code /api}: a status, a sentence, and offending fields. */
public record ApiError(int status, String error, String message, List<FieldError> fieldErrors) {

  public static ApiError of(int status, String error, String message) {
    return new ApiError(status, error, message, List.of());
  }
}
