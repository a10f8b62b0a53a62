package io.skillgate.platform.engine;

import java.util.List;

/**
 * Names of task-local variables that are labels derived from other records (a task's contract,
 * member and item, shown as Tasklist columns): the engine's history does not keep them
 * ({@link VariableHistoryPlugin}). A feature that sets such labels declares them as a bean.
 */
public record UnrecordedTaskLocals(List<String> names) {

  public UnrecordedTaskLocals {
    names = List.copyOf(names);
  }
}
