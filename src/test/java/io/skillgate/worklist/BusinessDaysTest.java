package io.skillgate.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Business days, business-day due dates and the priority that follows from them. */
class BusinessDaysTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Friday 4 December 2026
  static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

  @Test
  void weekendsAreSkipped() {
    assertThat(BusinessDays.plus(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(BusinessDays.plus(FRIDAY, 3)).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(BusinessDays.plus(FRIDAY.plusDays(1), 0)).as("a Saturday start counts from Monday")
        .isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(BusinessDays.between(FRIDAY, LocalDate.of(2026, 12, 7))).isEqualTo(1);
    assertThat(BusinessDays.between(FRIDAY, FRIDAY.plusDays(14))).isEqualTo(10);
    assertThat(BusinessDays.between(FRIDAY.plusDays(3), FRIDAY)).isEqualTo(-1);
  }

  @Test
  void inThreeDaysFromAThursdayAfternoonIsTuesdayAtTheEndOfTheDayNeverSundayAtTheMinute() {
    Instant created = at(LocalDateTime.of(2026, 12, 3, 14, 37, 12));
    // ${dateTime().plusDays(3).toDate()}: Sunday 6 December, 14:37:12
    Instant modelled = at(LocalDateTime.of(2026, 12, 6, 14, 37, 12));
    assertThat(TaskDueDates.businessDue(created, modelled, BERLIN))
        .isEqualTo(at(LocalDateTime.of(2026, 12, 8, 17, 0)));
    // The model's expression runs a few milliseconds before the listener reads the clock.
    assertThat(TaskDueDates.businessDue(created.plusMillis(40), modelled, BERLIN))
        .isEqualTo(at(LocalDateTime.of(2026, 12, 8, 17, 0)));
  }

  @Test
  void anAgreedDateIsKeptAsItIs() {
    Instant created = at(LocalDateTime.of(2026, 12, 3, 14, 37, 12));
    Instant milestoneDue = at(LocalDateTime.of(2026, 12, 20, 0, 0));
    assertThat(TaskDueDates.businessDue(created, milestoneDue, BERLIN)).isEqualTo(milestoneDue);
    Instant sameDay = at(LocalDateTime.of(2026, 12, 3, 18, 0));
    assertThat(TaskDueDates.businessDue(created, sameDay, BERLIN)).isEqualTo(sameDay);
  }

  @Test
  void priorityRisesAsTheDueDateNearsAndIsHighestOncePassed() {
    Instant due = at(LocalDateTime.of(2026, 12, 18, 17, 0)); // a Friday
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 11, 30, 9, 0)), BERLIN)).isEqualTo(40);
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 12, 7, 9, 0)), BERLIN)).isEqualTo(50);
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 12, 14, 9, 0)), BERLIN)).isEqualTo(60);
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 12, 16, 9, 0)), BERLIN)).isEqualTo(70);
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 12, 17, 9, 0)), BERLIN)).isEqualTo(80);
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 12, 18, 9, 0)), BERLIN)).isEqualTo(90);
    assertThat(TaskPriorities.of(due, at(LocalDateTime.of(2026, 12, 18, 17, 1)), BERLIN)).isEqualTo(100);
  }

  private static Instant at(LocalDateTime local) {
    return local.atZone(BERLIN).toInstant();
  }
}
