package io.skillgate.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Notices by state on /actuator/prometheus (skillgate_notices{status="PENDING"} …), read at scrape time. */
@Component
class NoticeGauges implements SmartInitializingSingleton {

  private final MeterRegistry registry;
  private final NoticeRepository notices;

  NoticeGauges(MeterRegistry registry, NoticeRepository notices) {
    this.registry = registry;
    this.notices = notices;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (NoticeStatus status : NoticeStatus.values()) {
      Gauge.builder("skillgate.notices", () -> notices.countByStatus().getOrDefault(status, 0L))
          .tag("status", status.name())
          .description("email notices by delivery state")
          .register(registry);
    }
  }
}
