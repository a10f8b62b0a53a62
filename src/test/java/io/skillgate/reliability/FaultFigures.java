package io.skillgate.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The numbers of a fault run: printed, and collected in target/fault-figures.txt for the CI log. */
final class FaultFigures {

  private static final Path FILE = Path.of("target", "fault-figures.txt");

  private FaultFigures() {}

  static void report(String scenario, String figures) {
    String line = "[fault] " + scenario + ": " + figures;
    System.out.println(line);
    try {
      Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.out.println("[fault] could not write " + FILE + ": " + e);
    }
  }
}
