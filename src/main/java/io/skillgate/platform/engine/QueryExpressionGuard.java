package io.skillgate.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps user-written expressions out of the engine's queries, whatever the way in (engine REST,
 * the webapps' API, Java). A query expression is evaluated with the engine's full expression
 * language, so one reaching the engine is code run on the server.
 *
 * <p>Camunda's own check ({@code enableExpressionsInAdhocQueries=false}) looks at the top of an
 * ad-hoc query only; the or-queries of a task query and the query that extends a filter when it
 * runs ({@code /filter/{id}/list} with a body) escape it, and 7.24 community has no hook to add
 * a validator. Every query and filter command passes this interceptor, so it sees them all:
 * <ul>
 *   <li>an ad-hoc query (queries are commands): no expression at all, top level or or-query;</li>
 *   <li>a filter run: no expression in the extending query; the stored query only the safe shapes
 *       of {@link StoredFilterExpressions} (checked again at run time, in case an older version
 *       stored something else);</li>
 *   <li>a filter saved: only those safe shapes.</li>
 * </ul>
 * A refusal is a {@link BadUserRequestException} (400) naming the field, and a WARN naming the user.
 */
public class QueryExpressionGuard extends CommandInterceptor {

  private static final Logger log = LoggerFactory.getLogger(QueryExpressionGuard.class);

  @Override
  public <T> T execute(Command<T> command) {
    inspect(command);
    return next.execute(command);
  }

  private void inspect(Command<?> command) {
    if (command instanceof AbstractQuery<?, ?> adhoc) {
      refuse(QueryExpressionFields.refused(adhoc, (key, expression) -> true),
          "expressions are not allowed in queries");
    } else if (command instanceof AbstractExecuteFilterCmd run) {
      Query<?, ?> extending = EngineCommandFields.extendingQuery(run);
      if (extending instanceof AbstractQuery<?, ?> query) {
        refuse(QueryExpressionFields.refused(query, (key, expression) -> true),
            "expressions are not allowed in the query that extends a filter");
      }
      String filterId = EngineCommandFields.filterId(run);
      CommandContext context = Context.getCommandContext();
      if (filterId != null && context != null) {
        FilterEntity stored = context.getFilterManager().findFilterById(filterId);
        if (stored != null) {
          refuseUnsafeStored(stored);
        }
      }
    } else if (command instanceof SaveFilterCmd save) {
      Filter filter = EngineCommandFields.savedFilter(save);
      if (filter != null) {
        refuseUnsafeStored(filter);
      }
    }
  }

  private void refuseUnsafeStored(Filter filter) {
    if (filter.getQuery() instanceof AbstractQuery<?, ?> query) {
      refuse(QueryExpressionFields.refused(query, (key, expression) -> !StoredFilterExpressions.allowed(key, expression)),
          "a filter's query may hold only these expressions: " + StoredFilterExpressions.description());
    }
  }

  private void refuse(List<String> fields, String rule) {
    if (fields.isEmpty()) {
      return;
    }
    String user = currentUser();
    log.warn("refused a query expression from user {} in {}", user, fields);
    throw new BadUserRequestException(rule + "; refused: " + String.join(", ", fields));
  }

  private static String currentUser() {
    CommandContext context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    return user == null ? "(none)" : user;
  }
}
