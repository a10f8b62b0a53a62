package io.skillgate.platform.deployment;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.ResourceReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys a set of models (BPMN, DMN, forms) as one deployment named {@value #DEPLOYMENT_NAME}.
 * The engine's duplicate filtering (deploy changed only) keeps unchanged files at their current
 * version; a changed file becomes a new version. Forms are bound with
 * {@code camunda:formRefBinding="latest"}, so a changed model still finds an unchanged form.
 */
@Component
public class ProcessesDeployer {

  public static final String DEPLOYMENT_NAME = "skillgate";
  private static final Logger log = LoggerFactory.getLogger(ProcessesDeployer.class);

  private final RepositoryService repository;

  public ProcessesDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  /** Deploys the models; returns the new deployment, or empty when nothing changed. */
  public Optional<DeploymentWithDefinitions> deploy(Map<String, byte[]> resources, String source) {
    if (resources.isEmpty()) {
      throw new DeploymentRefusedException("no BPMN, DMN or form files in " + source);
    }
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_NAME)
        // Duplicate filtering compares with deployments of the same name AND source: keep one source.
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    long before = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ParseException e) {
      throw new DeploymentRefusedException(describe(e), e);
    } catch (RuntimeException e) {
      throw new DeploymentRefusedException("deployment refused: " + causes(e), e);
    }
    if (repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() == before) {
      log.info("processes unchanged: nothing deployed from {}", source);
      return Optional.empty();
    }
    log.info("deployed {} changed model file(s) from {} as deployment {}",
        repository.getDeploymentResourceNames(deployment.getId()).size(), source, deployment.getId());
    return Optional.of(deployment);
  }

  /**
   * The messages of the exception and its causes: the engine wraps the useful part (for a DMN:
   * which decision, which element) in a generic "unable to transform resource 'x.dmn'".
   */
  private static String causes(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null && sb.indexOf(t.getMessage()) < 0) {
        sb.append(sb.isEmpty() ? "" : "\n  caused by: ").append(t.getMessage());
      }
    }
    return sb.toString();
  }

  /** One line per problem: file, element and message, as a process admin needs to find it. */
  private static String describe(ParseException e) {
    StringBuilder sb = new StringBuilder("invalid model");
    for (ResourceReport report : e.getResorceReports()) {
      report.getErrors().forEach(p -> {
        sb.append("\n  ");
        // SkillGate's own checks write whole sentences that already start with the file and line.
        if (!p.getMessage().startsWith(report.getResourceName())) {
          sb.append(report.getResourceName())
              .append(p.getMainElementId() == null ? "" : " element " + p.getMainElementId())
              .append(p.getLine() > 0 ? " line " + p.getLine() : "")
              .append(": ");
        }
        sb.append(p.getMessage());
      });
    }
    return sb.toString();
  }
}
