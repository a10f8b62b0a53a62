package io.skillgate.benchmark;

import java.util.function.Supplier;

/**
 * The part of a benchmark run that is SkillGate's or the engine's work: starting, completing, running
 * jobs. Only that is timed, and only its statements are counted; the benchmark's own lookups (which
 * task is open, which job is due) are neither, so the floor and the contract are measured alike.
 */
final class Work {

  private final SqlCounter sql;
  private long nanos;

  Work(SqlCounter sql) {
    this.sql = sql;
  }

  <T> T measured(Supplier<T> work) {
    sql.counting(true);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos += System.nanoTime() - start;
      sql.counting(false);
    }
  }

  void measured(Runnable work) {
    measured(() -> {
      work.run();
      return null;
    });
  }

  long nanos() {
    return nanos;
  }
}
