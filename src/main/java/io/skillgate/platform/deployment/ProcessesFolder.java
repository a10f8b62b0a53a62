package io.skillgate.platform.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models a process admin edits: every BPMN, DMN and form file below the processes folder,
 * keyed by its path relative to the folder (the resource name in the engine). The build copies
 * the folder into the jar ({@value #PACKAGED}), so the same names come from either copy.
 */
public final class ProcessesFolder {

  private static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".dmn", ".form");
  /** Where the build puts the models of the processes folder on the classpath. */
  public static final String PACKAGED = "processes/";

  private ProcessesFolder() {}

  public static boolean isModel(String name) {
    return MODEL_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  /** The model files of the folder, sorted by name; a missing folder is an error naming it. */
  public static Map<String, byte[]> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DeploymentRefusedException("the processes folder " + folder.toAbsolutePath().normalize()
          + " does not exist (set skillgate.processes-dir)");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> models = files.filter(Files::isRegularFile)
          .filter(p -> isModel(p.getFileName().toString()))
          .filter(p -> !p.toString().contains("node_modules"))
          .sorted()
          .toList();
      Map<String, byte[]> resources = new LinkedHashMap<>();
      for (Path p : models) {
        resources.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
      return resources;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the processes folder " + folder, e);
    }
  }

  /** The models packaged into the jar by the build, named as in the folder they were copied from. */
  public static Map<String, byte[]> readPackaged() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ProcessesFolder.class.getClassLoader());
    Map<String, byte[]> resources = new java.util.TreeMap<>();
    try {
      for (Resource resource : resolver.getResources("classpath*:" + PACKAGED + "**/*")) {
        String url = resource.getURL().toString();
        int root = url.lastIndexOf("/" + PACKAGED);
        if (!resource.isReadable() || root < 0 || !isModel(url)) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          resources.put(url.substring(root + PACKAGED.length() + 1), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the models packaged in the application", e);
    }
    if (resources.isEmpty()) {
      throw new DeploymentRefusedException("no models are packaged in the application (built without processes/?);"
          + " set SKILLGATE_PROCESSES_DIR to the processes folder");
    }
    return resources;
  }
}
