package io.skillgate.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that {@link FeatureEnginePlugin} adds to every user task of every deployed
 * process, without touching a model. Built-in listeners run before the model's own and do not
 * show up in the model.
 *
 * @param first true: added while the task is parsed, before listeners added with false (the
 *     worklist names a task before the notices describe it)
 * @param events task listener event names, e.g. {@link TaskListener#EVENTNAME_CREATE}
 */
public record UserTaskListener(boolean first, TaskListener listener, List<String> events) {}
