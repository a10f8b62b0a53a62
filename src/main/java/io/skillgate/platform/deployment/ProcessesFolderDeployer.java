package io.skillgate.platform.deployment;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, deploys the models: the admin's processes folder when {@code skillgate.processes-dir}
 * ({@code SKILLGATE_PROCESSES_DIR}) names one, else the models packaged into the jar at build
 * time. A missing folder or a broken model stops the start with a message naming the file and the
 * problem: an application without its models is useless.
 */
@Component
@Order(10)
public class ProcessesFolderDeployer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ProcessesFolderDeployer.class);

  private final ProcessesDeployer deployer;
  private final String folder;

  public ProcessesFolderDeployer(ProcessesDeployer deployer, @Value("${skillgate.processes-dir:}") String folder) {
    this.deployer = deployer;
    this.folder = folder;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (folder == null || folder.isBlank()) {
      log.info("deploying the models packaged in the application (set SKILLGATE_PROCESSES_DIR to use a folder)");
      deployer.deploy(ProcessesFolder.readPackaged(), "packaged models");
    } else {
      Path path = Path.of(folder).toAbsolutePath().normalize();
      log.info("deploying the models of the processes folder {}", path);
      deployer.deploy(ProcessesFolder.read(path), "processes folder " + path);
    }
  }
}
