package io.skillgate.platform.engine.modelchecks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;
import org.xml.sax.SAXParseException;

/**
 * What is wrong with the models of one deployment, per file. Each problem is one sentence that
 * starts with the file and line and names the element by id and label, so that an admin reading
 * only the message (Camunda Modeler shows just that) can act on it; the engine's report per
 * resource carries the same line and element id for tools.
 */
final class ModelProblems {

  private final Map<String, List<Problem>> byResource = new LinkedHashMap<>();

  /** A problem at an element: {@code what} names it (kind, id, label), {@code problem} says what to fix. */
  void add(String resource, Element element, String elementId, String what, String problem) {
    String line = element != null && element.getLine() > 0 ? " line " + element.getLine() : "";
    String message = resource + line + ": " + what + " " + problem;
    byResource.computeIfAbsent(resource, r -> new ArrayList<>())
        .add(elementId == null ? new ProblemImpl(message, element) : new ProblemImpl(message, element, elementId));
  }

  /** The XML itself could not be read: the parser's message and position. */
  void addUnreadable(String resource, SAXParseException e) {
    String message = resource + " line " + e.getLineNumber() + " column " + e.getColumnNumber()
        + ": the XML cannot be read (" + e.getMessage() + "); fix the file or save it again from the Modeler";
    byResource.computeIfAbsent(resource, r -> new ArrayList<>())
        .add(new ProblemImpl(new SAXParseException(message, e.getPublicId(), e.getSystemId(), e.getLineNumber(),
            e.getColumnNumber())));
  }

  boolean isEmpty() {
    return byResource.isEmpty();
  }

  /** The engine's parse exception, which its REST API answers with 400 and the report per file. */
  ParseException refusal() {
    List<String> lines = new ArrayList<>();
    byResource.values().forEach(problems -> problems.forEach(p -> lines.add(p.getMessage())));
    String message = "Deployment refused, nothing was deployed and the running versions stay in force: "
        + String.join("; ", lines);
    return new Refusal(message, byResource);
  }

  /** A parse exception with a report for every refused file, not just one. */
  static final class Refusal extends ParseException {

    Refusal(String message, Map<String, List<Problem>> byResource) {
      super(message, byResource.keySet().iterator().next(), byResource.values().iterator().next(), List.of());
      List<ResourceReport> reports = new ArrayList<>();
      byResource.forEach((resource, problems) -> reports.add(new ResourceReportImpl(resource, problems, List.of())));
      this.resorceReports = reports;
    }
  }
}
