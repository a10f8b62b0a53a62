package io.skillgate.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Gives the engine REST API the answers a client can act on where Camunda answers 500: a task
 * completed twice at the same time is a 409, a form field refused by a complete listener is a 400
 * in the form's words ({@link TaskFormRefusals}),
 * a database that does not answer is a 503, and a refusal (403) names nothing of other parties.
 * Everything else keeps Camunda's own mapping.
 */
public final class EngineRestErrors {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngineRestErrors.class);

  private EngineRestErrors() {}

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\p{Cntrl}+", " ");
  }

  /** Replaces Camunda's mapper of the REST layer's own exceptions (which wrap engine exceptions). */
  @Priority(1)
  public static class RestExceptions implements ExceptionMapper<RestException> {
    @Context UriInfo request;

    @Override
    public Response toResponse(RestException error) {
      return completionOfATaskThatIsGone(request) ? taskGone()
          : TaskFormRefusals.answer(request, error).orElseGet(() -> answer(error));
    }
  }

  /** Replaces Camunda's mapper of engine exceptions that reach the REST layer unwrapped. */
  @Priority(1)
  public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Context UriInfo request;

    @Override
    public Response toResponse(ProcessEngineException error) {
      return completionOfATaskThatIsGone(request) ? taskGone()
          : TaskFormRefusals.answer(request, error).orElseGet(() -> answer(error));
    }
  }

  /**
   * Any other runtime error of a completion whose task is gone. The engine itself can trip with a
   * NullPointerException when the winner of a completion race committed between the loser reading
   * the task and reading its execution; that loser must hear 409, not 500. Every other error keeps
   * Camunda's own answer (the same helper Camunda's catch-all mapper uses).
   */
  @Priority(1)
  public static class OtherRuntimeExceptions implements ExceptionMapper<RuntimeException> {
    @Context UriInfo request;

    @Override
    public Response toResponse(RuntimeException error) {
      return completionOfATaskThatIsGone(request) ? taskGone()
          : ExceptionHandlerHelper.getInstance().getResponse(error);
    }
  }

  private static final Pattern TASK_COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)/?$");

  /**
   * A completion that failed while someone else completed the same task: whatever the engine
   * tripped over (a stale task, a gateway evaluated on the other's state), the answer is that the
   * task is no longer open. The failed call's transaction was rolled back, so nothing changed.
   */
  static boolean completionOfATaskThatIsGone(UriInfo request) {
    if (request == null) {
      return false;
    }
    Matcher m = TASK_COMPLETION.matcher(request.getPath());
    return m.find() && tasksGone(List.of(m.group(1)));
  }

  private static Response taskGone() {
    return answer(Response.Status.CONFLICT, "Conflict",
        "this task is no longer open (completed or cancelled by someone else); reload your task list");
  }

  static Response answer(Throwable error) {
    if (causedBy(error, OptimisticLockingException.class)) {
      return answer(Response.Status.CONFLICT, "Conflict",
          "someone else changed or completed this at the same time; reload and try again");
    }
    NullValueException gone = cause(error, NullValueException.class);
    if (gone != null && gone.getMessage() != null && gone.getMessage().startsWith("Cannot find task")) {
      // The loser of a completion race arrives after the winner's commit: the task is gone, not broken.
      return answer(Response.Status.CONFLICT, "Conflict",
          "this task is no longer open (completed or cancelled by someone else); reload your task list");
    }
    AuthorizationException denied = cause(error, AuthorizationException.class);
    if (denied != null && tasksGone(denied)) {
      // The loser of a race read the task before the winner's commit removed it (and its candidate
      // links, so the permission check fails): the task is gone, the caller was not refused.
      return taskGone();
    }
    if (denied != null) {
      // Camunda's text names the resources (other parties' process instance and task ids) and the
      // user: a refusal says only that it is one.
      return answer(Response.Status.FORBIDDEN, "AuthorizationException", "you are not allowed to do this");
    }
    BadUserRequestException badInput = cause(error, BadUserRequestException.class);
    if (badInput != null) {
      // A user's mistake: one line for whoever reads the log, the full reason for the user.
      log.warn("input refused: {}", oneLine(badInput.getMessage()));
      return answer(Response.Status.BAD_REQUEST, "InvalidInput", badInput.getMessage());
    }
    if (databaseUnreachable(error)) {
      return answer(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailable",
          "the database is not reachable right now; nothing was changed, try again shortly");
    }
    return ExceptionHandlerHelper.getInstance().getResponse(error);
  }

  /**
   * True when the error says the database cannot be reached (as opposed to a query being wrong):
   * no connection to be had, or the one in use broke (seen when the database stops mid-request:
   * "Connection is closed" on rollback, caused by a broken socket).
   */
  public static boolean databaseUnreachable(Throwable error) {
    if (causedBy(error, CannotCreateTransactionException.class) || causedBy(error, SocketException.class)
        || causedBy(error, SQLTransientConnectionException.class)
        || causedBy(error, SQLNonTransientConnectionException.class)) {
      return true;
    }
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && isConnectionProblem(sql)) {
        return true;
      }
    }
    // A query or the commit fails on a connection the database just dropped, then the rollback fails
    // too ("Connection is closed", no SQLState): Spring reports the rollback, and keeps the query's
    // error aside or (for the commit) only logs it. A rollback refused by JDBC means a lost connection.
    TransactionSystemException rollback = cause(error, TransactionSystemException.class);
    return rollback != null && (rollback.getCause() instanceof SQLException
        || rollback.getApplicationException() != null && databaseUnreachable(rollback.getApplicationException()));
  }

  /** True when every task the refusal names no longer exists (checked without authorization). */
  private static boolean tasksGone(AuthorizationException denied) {
    return tasksGone(denied.getMissingAuthorizations().stream()
        .filter(m -> Resources.TASK.resourceName().equals(m.getResourceType()) && m.getResourceId() != null)
        .map(MissingAuthorization::getResourceId)
        .toList());
  }

  private static boolean tasksGone(List<String> taskIds) {
    if (taskIds.isEmpty()) {
      return false;
    }
    ProcessEngineConfigurationImpl engine =
        (ProcessEngineConfigurationImpl) ProcessEngines.getDefaultProcessEngine().getProcessEngineConfiguration();
    return engine.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return taskIds.stream().allMatch(id -> context.getTaskManager().findTaskById(id) == null);
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }

  /**
   * SQLState class 08 is "connection exception" in both H2 and PostgreSQL; 57P is PostgreSQL shutting
   * down or starting (57P01 "terminating connection due to administrator command" reaches a request
   * that was running when the database was stopped).
   */
  static boolean isConnectionProblem(SQLException e) {
    return e.getSQLState() != null && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"));
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message, "code", status.getStatusCode())).build();
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    return cause(error, type) != null;
  }

  private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
