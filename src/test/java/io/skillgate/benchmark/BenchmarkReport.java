package io.skillgate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark class as a markdown table: printed, and appended to
 * target/benchmark-figures.md so a whole run's figures end up in one file for docs/benchmark.md.
 */
final class BenchmarkReport {

  static final Path FILE = Path.of("target", "benchmark-figures.md");

  private final String title;
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  BenchmarkReport(String title) {
    this.title = title;
  }

  /** One measured figure against its baseline in the same run; target null when the figure has none. */
  void row(String item, String measured, String baseline, String ratio, String target, Boolean met) {
    rows.add("| " + String.join(" | ", item, measured, baseline, ratio, target == null ? "" : target,
        met == null ? "" : met ? "met" : "**missed**") + " |");
  }

  void note(String text) {
    notes.add(text);
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  void print() {
    StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n")
        .append("| item | measured | baseline (same run) | ratio | target | |\n|---|---|---|---|---|---|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(n -> out.append(n).append('\n'));
    }
    System.out.println(out);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
