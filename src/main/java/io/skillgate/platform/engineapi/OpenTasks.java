package io.skillgate.platform.engineapi;

import io.skillgate.platform.engine.EngineAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Answers whether a task link still points at an open task. An email's task link outlives its
 * task; Tasklist then asks for the task's form, and Camunda's form commands check the read
 * permission on a task they did not find, which fails with a NullPointerException (500, an ERROR
 * in the log) for every user. A task that is not there is a plain 404 instead, decided here before
 * the engine is asked.
 */
final class OpenTasks {

  /** The form reads of one task, as Tasklist makes them when a task is opened. */
  private static final Pattern FORM_READ = Pattern.compile("^/task/([^/]+)/(deployed-form|form|rendered-form|form-variables)/?$");

  static final String GONE = "this task is no longer open (completed, cancelled or never existed); reload your task list";

  private final ProcessEngine engine;

  OpenTasks(ProcessEngine engine) {
    this.engine = engine;
  }

  /** True when the call reads the form of a task that does not exist (completed, cancelled or unknown). */
  boolean formOfMissingTask(String method, EngineApiRequest call) {
    if (!"GET".equals(method) || call.api() != EngineApiRequest.Api.ENGINE) {
      return false;
    }
    Matcher m = FORM_READ.matcher(call.path());
    return m.matches() && !exists(m.group(1));
  }

  /**
   * Looked up without the caller's authorization: the answer for a task the caller may not see is
   * left to the engine (403), so only "not there" is decided here, and the ids are random UUIDs.
   */
  private boolean exists(String taskId) {
    return EngineAccess.taskExistsIgnoringAuthorization(engine, taskId);
  }
}
