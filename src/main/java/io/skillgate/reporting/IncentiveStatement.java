package io.skillgate.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The incentive ledger of one reporting period (seed strategy 4): its entries and totals, which
 * both parties see, and who on the client side confirmed it and when (null until confirmed).
 * {@code net} is what the client owes the vendor: bonuses minus penalties plus waivers. Of the
 * bonuses, {@code certificationBonuses} and {@code kpiTargetBonuses} say how much rewards
 * certifications and met KPI targets.
 */
public record IncentiveStatement(
    int period, LocalDate from, LocalDate to, String currency, List<LedgerEntryFact> entries,
    BigDecimal bonuses, BigDecimal penalties, BigDecimal waivers, BigDecimal net,
    String confirmedBy, Instant confirmedAt, BigDecimal certificationBonuses, BigDecimal kpiTargetBonuses) {

  /**
   * The statement of period {@code number} of {@code periods}: the entries whose booking date
   * {@link ReportingPeriod#numberOf} places in it. Every entry lands in exactly one statement,
   * so the statements of all periods add up to the ledger. (The ledger's quarter label is
   * for the penalty cap only; statements go by booking date.)
   */
  public static IncentiveStatement of(int number, List<ReportingPeriod> periods, String currency,
      List<LedgerEntryFact> ledger) {
    ReportingPeriod period = periods.get(number - 1);
    List<LedgerEntryFact> entries = ledger.stream()
        .filter(e -> ReportingPeriod.numberOf(periods, e.bookedOn()) == number).toList();
    BigDecimal bonuses = total(entries, LedgerEntryFact.Kind.BONUS);
    BigDecimal penalties = total(entries, LedgerEntryFact.Kind.PENALTY);
    BigDecimal waivers = total(entries, LedgerEntryFact.Kind.WAIVER);
    return new IncentiveStatement(period.number(), period.start(), period.end(), currency, entries, bonuses,
        penalties, waivers, bonuses.subtract(penalties).add(waivers), null, null,
        bonusesFor(entries, LedgerEntryFact.BonusFor.CERTIFICATION),
        bonusesFor(entries, LedgerEntryFact.BonusFor.KPI_TARGET));
  }

  public IncentiveStatement confirmed(String by, Instant at) {
    return new IncentiveStatement(period, from, to, currency, entries, bonuses, penalties, waivers, net, by, at,
        certificationBonuses, kpiTargetBonuses);
  }

  private static BigDecimal bonusesFor(List<LedgerEntryFact> entries, LedgerEntryFact.BonusFor what) {
    return entries.stream().filter(e -> e.kind() == LedgerEntryFact.Kind.BONUS && e.bonusFor() == what)
        .map(LedgerEntryFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal total(List<LedgerEntryFact> entries, LedgerEntryFact.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).map(LedgerEntryFact::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
