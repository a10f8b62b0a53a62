package io.skillgate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Draws the package imports of {@code src/main} as a Mermaid flowchart: each feature a room, its
 * {@code @Port} types (those other features use) a box inside it, arrows from a feature only to
 * {@code platform} and to other features' ports. The drawing lives in {@code docs/architecture.md};
 * this test fails when it no longer matches the code. Redraw it with
 * {@code ./mvnw -q test -Dtest=ImportDrawingTest -Ddrawing.update=true}.
 */
class ImportDrawingTest {

  static final Path DOC = Path.of("docs/architecture.md");
  static final String BEGIN = "```mermaid\n";
  static final String END = "```\n";

  @Test
  void drawingMatchesTheCode() throws IOException {
    String drawing = draw();
    String doc = Files.readString(DOC);
    int from = doc.indexOf(BEGIN);
    int to = doc.indexOf(END, from + BEGIN.length());
    assertThat(from).as("a mermaid block in " + DOC).isNotNegative();
    String current = doc.substring(from + BEGIN.length(), to);
    if (Boolean.getBoolean("drawing.update")) {
      Files.writeString(DOC, doc.substring(0, from + BEGIN.length()) + drawing + doc.substring(to));
      return;
    }
    assertThat(current).as("the drawing in " + DOC + " (redraw: -Ddrawing.update=true)").isEqualTo(drawing);
  }

  /** Room of a class: its feature, "platform", or empty for the application class and libraries. */
  static Optional<String> room(JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(FeatureBoundariesTest.ROOT + ".")) {
      return Optional.empty();
    }
    return Optional.of(pkg.substring(FeatureBoundariesTest.ROOT.length() + 1).split("\\.")[0]);
  }

  static String draw() {
    Map<String, Set<String>> arrows = new TreeMap<>();
    Map<String, Set<String>> usedPorts = new TreeMap<>();
    Set<String> rooms = new TreeSet<>();
    for (JavaClass origin : FeatureBoundariesTest.MAIN) {
      Optional<String> from = room(origin);
      if (from.isEmpty()) {
        continue;
      }
      rooms.add(from.get());
      for (Dependency d : origin.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        Optional<String> to = room(target);
        if (to.isEmpty() || to.equals(from)) {
          continue;
        }
        if (to.get().equals("platform")) {
          arrows.computeIfAbsent(from.get(), k -> new TreeSet<>()).add("platform");
        } else {
          arrows.computeIfAbsent(from.get(), k -> new TreeSet<>()).add(to.get() + "_ports");
          usedPorts.computeIfAbsent(to.get(), k -> new TreeSet<>()).add(outermost(target).getSimpleName());
        }
      }
    }
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (String r : rooms) {
      if (r.equals("platform")) {
        out.append("  platform[[\"platform (engine, security, web, identity)\"]]\n");
        continue;
      }
      out.append("  subgraph ").append(r).append("_room [").append(r).append("]\n");
      out.append("    ").append(r).append("[\"").append(r).append("\"]\n");
      if (usedPorts.containsKey(r)) {
        out.append("    ").append(r).append("_ports[/\"ports: ").append(String.join(", ", usedPorts.get(r)))
            .append("\"/]\n");
      }
      out.append("  end\n");
    }
    arrows.forEach((from, targets) -> targets.forEach(to -> {
      String source = from.equals("platform") ? "platform" : from;
      out.append("  ").append(source).append(" --> ").append(to).append('\n');
    }));
    return out.toString();
  }

  static JavaClass outermost(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }
}
