package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Model;

/**
 * Fails the build when the default suite's process coverage drops below the minimum in pom.xml.
 *
 * <p>Why here and not in the coverage library: its Spring listener asserts coverage per test class
 * (one condition for every class, read from the shared context), and each class drives only a part
 * of a few models. What should not drop is the suite's coverage: every flow node and sequence flow
 * that any test passed, of every model the tests touched. The library writes one report per test
 * class; this check merges this run's reports with the library's own merge and computes the share
 * the same way its reports do. Run by exec-maven-plugin after the tests (pom.xml), and skipped for a
 * partial run ({@code -Dtest}, {@code -Dgroups}), whose coverage says nothing about the suite.
 *
 * <p>Arguments: the reports folder, the minimum (0..1), the build's start (ISO instant; older reports
 * are left out), {@code -Dtest} and {@code -Dgroups} as given (an unset property arrives as null or
 * {@code ${name}}), and the processes folder (only its models count).
 */
public final class ProcessCoverageCheck {

  private ProcessCoverageCheck() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    double minimum = Double.parseDouble(args[1]);
    Instant buildStart = Instant.parse(args[2]);
    String test = given(args, 3);
    String groups = given(args, 4);
    Set<String> applicationModels = processKeys(Path.of(args[5]));
    if (!test.isEmpty() || !groups.isEmpty()) {
      System.out.println("[process coverage] not checked: a partial run (-Dtest=" + test + " -Dgroups=" + groups + ")");
      return;
    }
    List<Path> reports = reportsSince(folder, buildStart);
    if (reports.isEmpty()) {
      throw new IllegalStateException("[process coverage] no report of this run in " + folder
          + ": did the engine tests run?");
    }
    CoverageStateResult merged = CoverageStateJsonExporter.readCoverageStateResult(
        reports.stream().map(ProcessCoverageCheck::read).reduce(CoverageStateJsonExporter::combineCoverageStateResults)
            .orElseThrow());
    // Models that tests deploy for themselves (stand-ins, broken copies) are not the application's.
    List<Model> models = merged.getModels().stream().filter(m -> applicationModels.contains(m.getKey()))
        .sorted(Comparator.comparing(Model::getKey)).toList();
    for (Model model : models) {
      System.out.printf(Locale.ROOT, "[process coverage] %-40s %5.1f %%%n", model.getKey(), 100 * merged.calculateCoverage(model));
    }
    double coverage = merged.calculateCoverage(models);
    System.out.printf(Locale.ROOT, "[process coverage] %d models, %d test classes: %.1f %% (minimum %.1f %%)%n",
        models.size(), reports.size(), 100 * coverage, 100 * minimum);
    if (coverage < minimum) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "process coverage dropped to %.1f %%, below the minimum of %.1f %% (pom.xml, processCoverage.minimum);"
              + " see target/process-test-coverage/ for what the tests no longer pass", 100 * coverage, 100 * minimum));
    }
  }

  /** The per-class reports written since the build started (the merged "all" folder excluded). */
  private static List<Path> reportsSince(Path folder, Instant buildStart) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files.filter(p -> p.getFileName().toString().equals("report.json"))
          .filter(p -> !p.getParent().getFileName().toString().equals("all"))
          .filter(p -> modified(p).isAfter(buildStart.minusSeconds(1)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The process ids of the processes folder: its BPMN files are named after them. */
  private static Set<String> processKeys(Path processes) {
    try (Stream<Path> files = Files.walk(processes)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.substring(0, name.length() - ".bpmn".length()))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Maven property as the command line gave it; unset ({@code ${test}}) or blank is empty. */
  private static String given(String[] args, int i) {
    String value = i < args.length && args[i] != null ? args[i].trim() : "";
    return value.startsWith("${") ? "" : value;
  }
}
