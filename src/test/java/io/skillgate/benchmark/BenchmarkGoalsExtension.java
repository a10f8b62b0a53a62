package io.skillgate.benchmark;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prints the goals table once, when the whole run is done: a resource in the root context's store is
 * closed after the last test class of the run. Only benchmark classes use it (via {@link BenchmarkGoals}),
 * so the default suite never prints it.
 */
class BenchmarkGoalsExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(BenchmarkGoalsExtension.class, k -> new Printer(), Printer.class);
  }

  /** Closed by JUnit at the end of the run. */
  static final class Printer implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      BenchmarkGoals.publish();
    }
  }
}
