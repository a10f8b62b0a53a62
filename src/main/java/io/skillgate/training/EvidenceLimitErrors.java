package io.skillgate.training;

import io.skillgate.platform.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An evidence upload over a limit, whichever endpoint took it (a member's evidence, an onboarding
 * item's file): 413 over the quota, 429 with Retry-After over the upload rate.
 */
@RestControllerAdvice(basePackages = "io.skillgate")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceLimitErrors {

  @ExceptionHandler(EvidenceQuotaExceededException.class)
  ResponseEntity<ApiError> overQuota(EvidenceQuotaExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(ApiError.of(413, HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase(), e.getMessage()));
  }

  @ExceptionHandler(UploadRateExceededException.class)
  ResponseEntity<ApiError> tooFast(UploadRateExceededException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)))
        .body(ApiError.of(429, HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase(), e.getMessage()));
  }
}
