package io.skillgate.platform.deployment;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, deploys the processes folder. A missing folder or a broken model stops the start
 * with a message naming the file and the problem: an application without its models is useless.
 */
@Component
@Order(10)
public class ProcessesFolderDeployer implements ApplicationRunner {

  private final ProcessesDeployer deployer;
  private final Path folder;

  public ProcessesFolderDeployer(ProcessesDeployer deployer, @Value("${skillgate.processes-dir}") Path folder) {
    this.deployer = deployer;
    this.folder = folder;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployer.deploy(ProcessesFolder.read(folder), "processes folder");
  }
}
