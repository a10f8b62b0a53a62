package io.skillgate.platform.engine.modelchecks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.BeanFactory;

/**
 * What the engine's own parser does not check but a running process needs: every
 * {@code ${bean}} of a delegate expression or listener names a Spring bean, and every
 * {@code camunda:formRef} names a Camunda Form that will be found when the task is opened.
 * Without these checks such a model deploys fine and fails later, in front of a user.
 */
class ModelReferenceChecks {

  /** The leading identifier of {@code ${name...}} or {@code #{name...}}. */
  private static final Pattern ROOT_IDENTIFIER = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*([.}(\\[]|$)");
  /** Names the engine provides in an expression, not Spring beans. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
      "dateTime", "now", "authenticatedUserId", "currentUser", "currentUserGroups", "true", "false", "null",
      "empty", "not");
  private static final Set<String> LISTENER_TAGS = Set.of("executionListener", "taskListener");
  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

  private final BeanFactory beans;
  private final ObjectMapper json = new ObjectMapper();

  ModelReferenceChecks(BeanFactory beans) {
    this.beans = beans;
  }

  /**
   * Reports each broken reference below the definitions element, with the XML element carrying
   * it (for the line) and the id of its flow element (for the admin to find it in the Modeler).
   */
  void check(Element definitions, DeploymentEntity deployment, Problems problems) {
    Set<String> deployedForms = formIds(deployment);
    walk(definitions, null, deployment, deployedForms, problems);
  }

  private void walk(Element element, String ownerId, DeploymentEntity deployment, Set<String> forms,
      Problems problems) {
    String id = element.attribute("id");
    String owner = id != null ? id : ownerId;
    checkBean(element, owner, element.attributeNS(CAMUNDA, "delegateExpression"), problems);
    checkBean(element, owner, element.attributeNS(CAMUNDA, "expression"), problems);
    if (LISTENER_TAGS.contains(localName(element)) && isCamunda(element)) {
      checkBean(element, owner, element.attribute("delegateExpression"), problems);
      checkBean(element, owner, element.attribute("expression"), problems);
    }
    String formRef = element.attributeNS(CAMUNDA, "formRef");
    if (formRef != null) {
      checkForm(element, owner, formRef, element.attributeNS(CAMUNDA, "formRefBinding", "latest"), forms, problems);
    }
    for (Element child : element.elements()) {
      walk(child, owner, deployment, forms, problems);
    }
  }

  private void checkBean(Element element, String owner, String expression, Problems problems) {
    if (expression == null) {
      return;
    }
    Matcher m = ROOT_IDENTIFIER.matcher(expression.trim());
    if (!m.find() || ENGINE_NAMES.contains(m.group(1))) {
      return;
    }
    String bean = m.group(1);
    if (!beans.containsBean(bean)) {
      problems.add(expression + " names no bean '" + bean
          + "' of the application (is the delegate deployed, or the name misspelt?)", element, owner);
    }
  }

  private static void checkForm(Element element, String owner, String formRef, String binding, Set<String> forms,
      Problems problems) {
    if (formRef.contains("${") || formRef.contains("#{") || forms.contains(formRef)) {
      return;
    }
    if ("deployment".equals(binding)) {
      problems.add("form '" + formRef + "' is bound to this deployment (formRefBinding=\"deployment\") "
          + "but no .form file of the deployment has that id", element, owner);
    } else if (Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef) == null) {
      problems.add("form '" + formRef + "' is neither in this deployment nor deployed before "
          + "(add processes/<feature>/forms/" + formRef + ".form)", element, owner);
    }
  }

  private static String localName(Element element) {
    String tag = element.getTagName();
    return tag.substring(tag.indexOf(':') + 1);
  }

  private static boolean isCamunda(Element element) {
    return CAMUNDA.getNamespaceUri().equals(element.getUri())
        || (CAMUNDA.hasAlternativeUri() && CAMUNDA.getAlternativeUri().equals(element.getUri()));
  }

  /** Where a broken reference is reported: the parse's error list. */
  @FunctionalInterface
  interface Problems {
    void add(String message, Element element, String elementId);
  }

  /** The ids of the Camunda Forms in this deployment; an unreadable form is the form deployer's to report. */
  private Set<String> formIds(DeploymentEntity deployment) {
    Set<String> ids = new HashSet<>();
    if (deployment == null || deployment.getResources() == null) {
      return ids;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        try {
          JsonNode id = json.readTree(resource.getBytes()).get("id");
          if (id != null && id.isTextual()) {
            ids.add(id.asText());
          }
        } catch (IOException e) {
          // Not JSON: the engine's form deployer refuses it with its own message.
        }
      }
    }
    return ids;
  }
}
