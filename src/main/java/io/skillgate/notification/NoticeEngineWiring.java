package io.skillgate.notification;

import io.skillgate.platform.engine.EngineJob;
import io.skillgate.platform.engine.UserTaskListener;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires task notices into the engine without touching any model (the platform's
 * {@code FeatureEnginePlugin} plugs these beans in): {@link TaskNoticeListener} on every user
 * task, two jobs that deliver notices and fire deadlines, and the backoff of failed notice jobs
 * ({@link NoticeRetryPolicy}).
 */
@Configuration(proxyBeanMethods = false)
class NoticeEngineWiring {

  /** Added after the worklist's listener, so the first email already names the task's subject. */
  @Bean
  UserTaskListener taskNoticeListener(NoticeRecorder recorder) {
    return new UserTaskListener(false, new TaskNoticeListener(recorder), List.of(TaskListener.EVENTNAME_CREATE,
        TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE));
  }

  @Bean
  EngineJob deliverNoticeJob(NoticeDelivery delivery) {
    return new DeliverNoticeJobHandler(delivery);
  }

  @Bean
  EngineJob taskDeadlineJob(NoticeRecorder recorder) {
    return new TaskDeadlineJobHandler(recorder);
  }
}
