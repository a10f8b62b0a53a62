package io.skillgate.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.skillgate.platform.engine.EngineRestErrors;
import io.skillgate.platform.security.AdminOnly;
import io.skillgate.platform.security.ClientOnly;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of an {@code /api} call into an {@link ApiError}: a clear body, never a stack trace. */
@RestControllerAdvice(basePackages = "io.skillgate")
public class ApiErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalid(InvalidInputException e) {
    return badRequest("the request has invalid fields", e.errors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .sorted((a, b) -> a.field().compareTo(b.field()))
        .collect(Collectors.toList());
    e.getBindingResult().getGlobalErrors()
        .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
    return badRequest("the request has invalid fields", errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> invalid(HandlerMethodValidationException e) {
    List<FieldError> errors = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(err -> new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
    return badRequest("the request has invalid parameters", errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
      String field = jsonPath(jme.getPath());
      String message = jme instanceof UnrecognizedPropertyException ? "unknown field" : "has a value of the wrong type or format";
      return badRequest("the request body could not be read", List.of(new FieldError(field, message)));
    }
    return badRequest("the request body is not valid JSON", List.of());
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiError> badParameter(Exception e) {
    String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
        : ((MethodArgumentTypeMismatchException) e).getName();
    return badRequest("a request parameter is missing or malformed", List.of(new FieldError(name, "missing or malformed")));
  }

  @ExceptionHandler({PayloadTooLargeException.class, MaxUploadSizeExceededException.class})
  ResponseEntity<ApiError> tooLarge(Exception e) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, "the request body is larger than allowed");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    String accepted = e.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
        : e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(" or "));
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as " + accepted);
  }

  /**
   * The caller accepts no type the API speaks. The refusal is still told in JSON, the API's one
   * type, written directly: content negotiation would refuse the error body for the same reason.
   */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  void notAcceptable(HttpServletResponse response) throws IOException {
    HttpStatus status = HttpStatus.NOT_ACCEPTABLE;
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), ApiError.of(status.value(), status.getReasonPhrase(),
        "this API answers " + MediaType.APPLICATION_JSON_VALUE + " only (see the Accept header)"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, "method " + e.getMethod() + " is not allowed here");
  }

  @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
  ResponseEntity<ApiError> notFound(Exception e) {
    return error(HttpStatus.NOT_FOUND, e instanceof NotFoundException ? e.getMessage() : "no such resource");
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** A method rule ({@link AdminOnly}, {@link ClientOnly}) refused the caller: say which side may. */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ApiError> denied(AccessDeniedException e) {
    boolean adminOnly = e instanceof AuthorizationDeniedException denied
        && denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision
        && AdminOnly.RULE.equals(decision.getExpression().getExpressionString());
    return error(HttpStatus.FORBIDDEN, adminOnly ? AdminOnly.MESSAGE : ClientOnly.MESSAGE);
  }

  @ExceptionHandler({ConflictException.class, DuplicateKeyException.class, OptimisticLockingException.class,
      TaskAlreadyClaimedException.class})
  ResponseEntity<ApiError> conflict(Exception e) {
    String message = e instanceof ConflictException ? e.getMessage()
        : "the resource was changed by someone else at the same time; reload and try again";
    return error(HttpStatus.CONFLICT, message);
  }

  @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
      DataAccessResourceFailureException.class})
  ResponseEntity<ApiError> databaseDown(Exception e) {
    log.warn("database unavailable: {}", e.getMessage());
    return error(HttpStatus.SERVICE_UNAVAILABLE, "the database is not reachable right now; nothing was changed, try again shortly");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    if (EngineRestErrors.databaseUnreachable(e)) {
      // The engine wraps a connection the database dropped mid-request in its own exceptions.
      return databaseDown(e);
    }
    log.error("unexpected error in an API call", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged");
  }

  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static ResponseEntity<ApiError> badRequest(String message, List<FieldError> errors) {
    return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", message, errors));
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(ApiError.of(status.value(), status.getReasonPhrase(), message));
  }
}
