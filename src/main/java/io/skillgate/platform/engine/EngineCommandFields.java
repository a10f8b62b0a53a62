package io.skillgate.platform.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads what a filter command carries. Camunda keeps these fields protected and offers no getter,
 * so they are read by reflection; the fields are looked up once, at start-up, and if an engine
 * upgrade renamed one the guard refuses every filter command (fail closed) instead of letting an
 * unchecked query through. QueryExpressionGuardTest pins that they are found.
 */
final class EngineCommandFields {

  private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
  private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

  private EngineCommandFields() {}

  static String filterId(AbstractExecuteFilterCmd command) {
    return (String) read(FILTER_ID, command);
  }

  static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
    return (Query<?, ?>) read(EXTENDING_QUERY, command);
  }

  static Filter savedFilter(SaveFilterCmd command) {
    return (Filter) read(SAVED_FILTER, command);
  }

  /** True when every field was found (for the test that pins the engine version's field names). */
  static boolean readable() {
    return FILTER_ID != null && EXTENDING_QUERY != null && SAVED_FILTER != null;
  }

  private static Object read(Field field, Object target) {
    if (field == null) {
      throw new ProcessEngineException("the query guard cannot inspect " + target.getClass().getSimpleName()
          + " in this engine version; the command is refused");
    }
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new ProcessEngineException("the query guard cannot inspect " + target.getClass().getSimpleName(), e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
