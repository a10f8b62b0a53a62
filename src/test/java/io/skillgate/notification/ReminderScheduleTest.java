package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a reminder goes out: lead time before the due date, halfway when created inside it, none in the last day. */
class ReminderScheduleTest {

  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

  @Test
  void aTaskWithTimeBeforeTheLeadTimeIsRemindedLeadDaysBeforeItsDueDate() {
    assertThat(ReminderSchedule.remindAt(NOW, Instant.parse("2027-03-11T09:00:00Z"), 2))
        .contains(Instant.parse("2027-03-09T09:00:00Z"));
  }

  @Test
  void aTaskCreatedInsideTheLeadTimeIsRemindedHalfwayToItsDueDate() {
    assertThat(ReminderSchedule.remindAt(NOW, Instant.parse("2027-03-04T09:00:00Z"), 5))
        .contains(Instant.parse("2027-03-02T21:00:00Z"));
    // exactly at the usual reminder time counts as inside the lead time
    assertThat(ReminderSchedule.remindAt(NOW, Instant.parse("2027-03-03T09:00:00Z"), 2))
        .contains(Instant.parse("2027-03-02T09:00:00Z"));
  }

  @Test
  void underADayLeftOrNoLeadTimeMeansNoReminder() {
    assertThat(ReminderSchedule.remindAt(NOW, Instant.parse("2027-03-02T08:59:00Z"), 2)).isEmpty();
    assertThat(ReminderSchedule.remindAt(NOW, Instant.parse("2027-03-02T09:00:00Z"), 2))
        .contains(Instant.parse("2027-03-01T21:00:00Z"));
    assertThat(ReminderSchedule.remindAt(NOW, Instant.parse("2027-03-11T09:00:00Z"), 0)).isEmpty();
  }
}
