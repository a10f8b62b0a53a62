package io.skillgate.platform.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps users' mistakes out of the ERROR log. A form refused by a complete listener (a bad KPI
 * line, a missing reason) is a {@link BadUserRequestException}; the engine's command context logs
 * every failed command as ERROR ENGINE-16004 with its whole stack trace, so each typo would page an
 * operator. That one log call is dropped here for user mistakes only; the REST layer answers 400 and
 * logs the mistake as one WARN line ({@link EngineRestErrors}). Genuine failures still log as before.
 */
@Component
public class UserMistakeLogFilter extends TurboFilter {

  static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  public UserMistakeLogFilter() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      setName("skillgate-user-mistakes");
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !COMMAND_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable error = t;
    if (error == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      error = last;
    }
    return userMistake(error) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean userMistake(Throwable error) {
    for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof BadUserRequestException) {
        return true;
      }
    }
    return false;
  }
}
