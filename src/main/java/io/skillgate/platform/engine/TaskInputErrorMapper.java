package io.skillgate.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Makes {@code /engine-rest} answer 400 when a task listener refuses the input
 * ({@link TaskInputs} and the features' own checks throw {@link BadUserRequestException}). The
 * engine wraps every listener exception, so the REST API would otherwise report a refused form
 * as a 500 server error. Anything else goes to Camunda's own handler unchanged.
 */
@Priority(1)
public class TaskInputErrorMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
      if (t instanceof BadUserRequestException refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", BadUserRequestException.class.getSimpleName());
        body.put("message", refused.getMessage());
        body.put("code", 0);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
    }
    return camunda.toResponse(exception);
  }
}
