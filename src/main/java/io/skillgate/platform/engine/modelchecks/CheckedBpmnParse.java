package io.skillgate.platform.engine.modelchecks;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;

/**
 * The engine's BPMN parse plus {@link ModelReferenceChecks}, reported as ordinary parse errors:
 * the deployment fails with a {@code ParseException} whose resource report names the file and
 * the element, exactly like the engine's own errors (REST: 400 with the details per resource).
 *
 * <p>Only new deployments are checked. Definitions deployed earlier are parsed again when the
 * engine reloads its cache; refusing them then would strand their running instances.
 */
class CheckedBpmnParse extends BpmnParse {

  private final ModelReferenceChecks checks;

  CheckedBpmnParse(BpmnParser parser, ModelReferenceChecks checks) {
    super(parser);
    this.checks = checks;
  }

  @Override
  protected void parseRootElement() {
    super.parseRootElement();
    if (deployment != null && deployment.isNew()) {
      checks.check(rootElement, deployment, (message, element, id) -> addError(message, element, id));
    }
  }
}
