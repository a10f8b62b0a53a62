package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.Contract.ReportingFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting periods and the incentive statement of a period. */
class IncentiveStatementTest {

  static final LocalDate START = LocalDate.of(2027, 2, 1);

  @Test
  void monthlyPeriodsCoverTheContract() {
    List<ReportingPeriod> periods = ReportingPeriod.all(START, LocalDate.of(2029, 1, 31), ReportingFrequency.MONTHLY);

    assertThat(periods).hasSize(24);
    assertThat(periods.get(0)).isEqualTo(new ReportingPeriod(1, START, LocalDate.of(2027, 2, 28)));
    assertThat(periods.get(23)).isEqualTo(new ReportingPeriod(24, LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 31)));
  }

  @Test
  void weeklyPeriodsAreCutShortAtTheEnd() {
    List<ReportingPeriod> periods = ReportingPeriod.all(START, LocalDate.of(2027, 2, 20), ReportingFrequency.WEEKLY);

    assertThat(periods).containsExactly(
        new ReportingPeriod(1, START, LocalDate.of(2027, 2, 7)),
        new ReportingPeriod(2, LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 14)),
        new ReportingPeriod(3, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 20)));
  }

  @Test
  void statementTotalsTheEntriesOfItsPeriod() {
    ReportingPeriod february = new ReportingPeriod(1, START, LocalDate.of(2027, 2, 28));
    List<LedgerEntryFact> ledger = List.of(
        entry(LedgerEntryFact.Kind.BONUS, "400", LocalDate.of(2027, 2, 10)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 2, 20)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 2, 28)),
        entry(LedgerEntryFact.Kind.WAIVER, "250", LocalDate.of(2027, 2, 25)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 3, 1)));

    IncentiveStatement s = IncentiveStatement.of(february, "EUR", ledger);

    assertThat(s.entries()).hasSize(4);
    assertThat(s.bonuses()).isEqualByComparingTo("400");
    assertThat(s.penalties()).isEqualByComparingTo("500");
    assertThat(s.waivers()).isEqualByComparingTo("250");
    // 400 - 500 + 250
    assertThat(s.net()).isEqualByComparingTo("150");
    assertThat(s.confirmedBy()).isNull();
  }

  @Test
  void anEmptyPeriodHasAZeroStatement() {
    IncentiveStatement s = IncentiveStatement.of(new ReportingPeriod(2, LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 31)), "EUR", List.of());

    assertThat(s.entries()).isEmpty();
    assertThat(s.net()).isEqualByComparingTo("0");
  }

  @Test
  void aRateRefusesImpossibleCounts() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rate.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static LedgerEntryFact entry(LedgerEntryFact.Kind kind, String amount, LocalDate on) {
    return new LedgerEntryFact("NW-A01", kind, new BigDecimal(amount), on, "test");
  }
}
