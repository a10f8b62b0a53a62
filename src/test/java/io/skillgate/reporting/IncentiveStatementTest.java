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
    List<ReportingPeriod> periods = ReportingPeriod.all(START, LocalDate.of(2027, 5, 31), ReportingFrequency.MONTHLY);
    List<LedgerEntryFact> ledger = List.of(
        entry(LedgerEntryFact.Kind.BONUS, "400", LocalDate.of(2027, 2, 10)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 2, 20)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 2, 28)),
        entry(LedgerEntryFact.Kind.WAIVER, "250", LocalDate.of(2027, 2, 25)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 3, 1)));

    IncentiveStatement s = IncentiveStatement.of(1, periods, "EUR", ledger);

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
    IncentiveStatement s = IncentiveStatement.of(2,
        ReportingPeriod.all(START, LocalDate.of(2027, 5, 31), ReportingFrequency.MONTHLY), "EUR", List.of());

    assertThat(s.entries()).isEmpty();
    assertThat(s.net()).isEqualByComparingTo("0");
  }

  @Test
  void everyEntryLandsInExactlyOneStatementAndTheStatementsAddUpToTheLedger() {
    // Four monthly periods, February to May 2027.
    List<ReportingPeriod> periods = ReportingPeriod.all(START, LocalDate.of(2027, 5, 31), ReportingFrequency.MONTHLY);
    List<LedgerEntryFact> ledger = List.of(
        // A certification bonus booked in November 2026 (ledger label 2026-Q4), before the first period.
        entry(LedgerEntryFact.Kind.BONUS, "400", LocalDate.of(2026, 11, 29)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 2, 1)),
        entry(LedgerEntryFact.Kind.PENALTY, "250", LocalDate.of(2027, 3, 31)),
        entry(LedgerEntryFact.Kind.WAIVER, "250", LocalDate.of(2027, 4, 1)),
        // Booked after the contract's end: the last statement.
        entry(LedgerEntryFact.Kind.BONUS, "1000", LocalDate.of(2027, 7, 15)));

    List<IncentiveStatement> statements = periods.stream()
        .map(p -> IncentiveStatement.of(p.number(), periods, "EUR", ledger)).toList();

    assertThat(statements).extracting(IncentiveStatement::entries).extracting(List::size)
        .containsExactly(2, 1, 1, 1);
    // February: 400 bonus - 250 penalty; March: -250; April: +250 waiver; May: +1000.
    assertThat(statements).extracting(IncentiveStatement::net).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("150"), new BigDecimal("-250"), new BigDecimal("250"), new BigDecimal("1000"));
    assertThat(statements.get(0).bonuses()).isEqualByComparingTo("400");
    BigDecimal sum = statements.stream().map(IncentiveStatement::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    // Ledger: 400 + 1000 bonuses - 500 penalties + 250 waiver = 1150.
    assertThat(sum).isEqualByComparingTo("1150");
  }

  @Test
  void aDayBeforeTheFirstPeriodBelongsToTheFirstAndADayAfterTheLastToTheLast() {
    List<ReportingPeriod> weeks = ReportingPeriod.all(START, LocalDate.of(2027, 2, 20), ReportingFrequency.WEEKLY);

    assertThat(ReportingPeriod.numberOf(weeks, LocalDate.of(2020, 1, 1))).isEqualTo(1);
    assertThat(ReportingPeriod.numberOf(weeks, LocalDate.of(2027, 2, 8))).isEqualTo(2);
    assertThat(ReportingPeriod.numberOf(weeks, LocalDate.of(2027, 2, 20))).isEqualTo(3);
    assertThat(ReportingPeriod.numberOf(weeks, LocalDate.of(2027, 2, 21))).isEqualTo(3);
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
