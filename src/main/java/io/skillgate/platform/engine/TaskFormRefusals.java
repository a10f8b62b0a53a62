package io.skillgate.platform.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a task completion that a check refused, in the words of the task's form. The
 * checks (the completion guard, the models' complete listeners) name variables, and the engine
 * wraps them in its own text ("Cannot submit task form …: ENGINE-03051 There was an exception
 * while invoking the TaskListener …"), which Tasklist shows as it is, with status 500. Here the
 * refusal becomes a 400 whose message names each field by the label its form shows, without
 * engine codes or task ids, plus one {@code fieldErrors} entry per field (key, label, message).
 *
 * <p>Every check keeps saying what it says; only the answer changes, so one place covers every
 * form, and both engine APIs (Tasklist's and {@code /engine-rest}) answer the same.
 */
final class TaskFormRefusals {

  private static final Logger log = LoggerFactory.getLogger(TaskFormRefusals.class);

  /** complete, submit-form and resolve: the ways to finish a task with its form's values. */
  private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)/?$");
  private static final Pattern ENGINE_CODE = Pattern.compile("\\bENGINE-\\d+\\s*");
  /** The completion guard's preamble; the problems after it name the fields. */
  private static final Pattern GUARD_PREAMBLE = Pattern.compile("^task '[^']*' takes only its form's fields: ");

  private TaskFormRefusals() {}

  /** The answer, when {@code error} refused a completion of a task with a form; empty otherwise. */
  static Optional<Response> answer(UriInfo request, Throwable error) {
    if (request == null) {
      return Optional.empty();
    }
    Matcher completion = COMPLETION.matcher(request.getPath());
    String reason = refusal(error);
    if (!completion.find() || reason == null) {
      return Optional.empty();
    }
    Map<String, String> labels = labelsOfTask(completion.group(1));
    List<Map<String, String>> fieldErrors = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (String problem : GUARD_PREAMBLE.matcher(plain(reason)).replaceFirst("").split(";\\s+")) {
      String said = inLabels(problem, labels);
      sentences.add(said);
      firstField(problem, labels).ifPresent(key -> {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("field", key);
        entry.put("label", labels.get(key));
        entry.put("message", said);
        fieldErrors.add(entry);
      });
    }
    String message = String.join("; ", sentences);
    log.warn("task form refused: {}", message.replaceAll("\\p{Cntrl}+", " "));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidInput");
    body.put("message", message);
    body.put("code", 400);
    body.put("fieldErrors", fieldErrors);
    return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body).build());
  }

  /** The user's mistake inside the error: a check's own words, or null when the error is something else. */
  private static String refusal(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadUserRequestException || t instanceof FormFieldValidationException) {
        return t.getMessage();
      }
    }
    return null;
  }

  /** Without engine codes and on one line. */
  static String plain(String message) {
    return ENGINE_CODE.matcher(message == null ? "" : message).replaceAll("").replaceAll("\\p{Cntrl}+", " ").strip();
  }

  /**
   * Each form key the problem names, as a whole word, becomes the field's label in quotes: keys are
   * camelCase identifiers, so they do not stand for ordinary words. Longer keys first, so that a
   * key containing another is replaced whole.
   */
  static String inLabels(String problem, Map<String, String> labels) {
    String said = problem;
    List<String> keys = new ArrayList<>(labels.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    for (String key : keys) {
      said = said.replaceAll("(?<![\\w\"“])" + Pattern.quote(key) + "(?![\\w\"”])",
          Matcher.quoteReplacement("“" + labels.get(key) + "”"));
    }
    // "“Label”: must be …" reads better without the colon a variable name needed.
    return said.replaceFirst("^(“[^”]*”):\\s+", "$1 ");
  }

  private static Optional<String> firstField(String problem, Map<String, String> labels) {
    return labels.keySet().stream()
        .map(key -> Map.entry(key, Pattern.compile("(?<!\\w)" + Pattern.quote(key) + "(?!\\w)").matcher(problem)))
        .filter(e -> e.getValue().find())
        .min(Comparator.comparingInt(e -> e.getValue().start()))
        .map(Map.Entry::getKey);
  }

  /** The labels of the task's form; empty when the task or its form is gone (then keys stay keys). */
  private static Map<String, String> labelsOfTask(String taskId) {
    try {
      ProcessEngineConfigurationImpl engine =
          (ProcessEngineConfigurationImpl) ProcessEngines.getDefaultProcessEngine().getProcessEngineConfiguration();
      DeployedTaskOutputs.OpenTask task = engine.getCommandExecutorTxRequired()
          .execute(context -> new DeployedTaskOutputs().of(taskId, context));
      return task == null ? Map.of() : task.outputs().labels();
    } catch (RuntimeException e) {
      log.debug("no form labels for task {}", taskId, e);
      return Map.of();
    }
  }
}
