package io.skillgate.worklist;

import io.skillgate.platform.engine.EngineAccess;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.EngineJob;
import io.skillgate.platform.engine.UnrecordedTaskLocals;
import io.skillgate.platform.engine.UserTaskListener;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Names, schedules and prioritises every user task of every process without touching a model
 * (the platform's {@code FeatureEnginePlugin} plugs these beans in): {@link TaskSubjectListener}
 * on each user task, and {@link TaskPrioritySweep} raising priorities as due dates near. The
 * listener comes first, before the notice listener, so the first email already names the task's
 * subject.
 */
@Configuration(proxyBeanMethods = false)
public class WorklistEngineWiring {

  @Bean
  UserTaskListener taskSubjectListener(TaskSubjects subjects) {
    return new UserTaskListener(true, new TaskSubjectListener(subjects), List.of(TaskListener.EVENTNAME_CREATE));
  }

  /** The columns are labels derived from the contract's records: history keeps none of them. */
  @Bean
  UnrecordedTaskLocals worklistColumns() {
    return new UnrecordedTaskLocals(WorklistVariables.NAMES);
  }

  @Bean
  EngineJob taskPrioritySweep(@Value("${skillgate.tasks.priority-sweep-interval:PT1H}") Duration sweepInterval) {
    return new TaskPrioritySweep(sweepInterval);
  }

  /** One sweep is always pending: created at the first start, and again should an admin delete it. */
  @EventListener(ApplicationReadyEvent.class)
  public void ensureSweep(ApplicationReadyEvent event) {
    ProcessEngine engine = event.getApplicationContext().getBean(ProcessEngine.class);
    EngineAccess.inCommand(engine, () -> {
      if (!TaskPrioritySweep.exists()) {
        TaskPrioritySweep.schedule(Date.from(EngineClock.now()));
      }
      return null;
    });
  }
}
