package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The executable jar the fault and security tests run ({@code ./mvnw package -DskipTests} builds it first). */
public final class PackagedJar {

  private PackagedJar() {}

  public static Path path() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("skillgate-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/skillgate-*.jar: run ./mvnw package -DskipTests first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
