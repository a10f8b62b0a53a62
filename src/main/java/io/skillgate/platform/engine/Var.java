package io.skillgate.platform.engine;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable's name with its type, so a read needs no cast at the call site:
 * {@code ProcessVariables.MILESTONE_ID.get(execution)} is a {@code Long} whatever number type the
 * engine or a form stored. A missing variable reads as null.
 */
public record Var<T>(String name, Class<T> type) {

  public static <T> Var<T> of(String name, Class<T> type) {
    return new Var<>(name, type);
  }

  public T get(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  public T getLocal(VariableScope scope) {
    return convert(scope.getVariableLocal(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  /** Numbers arrive as Integer, Long or Double depending on who wrote them; they are converted, anything else is cast. */
  T convert(Object value) {
    if (value instanceof Number n && type != Object.class && Number.class.isAssignableFrom(type)) {
      if (type == Long.class) {
        return type.cast(n.longValue());
      }
      if (type == Integer.class) {
        return type.cast(n.intValue());
      }
      if (type == Double.class) {
        return type.cast(n.doubleValue());
      }
    }
    return type.cast(value);
  }
}
