package io.skillgate.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The incentive ledger of one reporting period (seed strategy 4): its entries and totals, which
 * both parties see, and who on the client side confirmed it and when (null until confirmed).
 * {@code net} is what the client owes the vendor: bonuses minus penalties plus waivers.
 */
public record IncentiveStatement(
    int period, LocalDate from, LocalDate to, String currency, List<LedgerEntryFact> entries,
    BigDecimal bonuses, BigDecimal penalties, BigDecimal waivers, BigDecimal net,
    String confirmedBy, Instant confirmedAt) {

  /** The statement of the entries booked between {@code from} and {@code to}, inclusive. */
  public static IncentiveStatement of(ReportingPeriod period, String currency, List<LedgerEntryFact> ledger) {
    List<LedgerEntryFact> entries = ledger.stream().filter(e -> period.contains(e.bookedOn())).toList();
    BigDecimal bonuses = total(entries, LedgerEntryFact.Kind.BONUS);
    BigDecimal penalties = total(entries, LedgerEntryFact.Kind.PENALTY);
    BigDecimal waivers = total(entries, LedgerEntryFact.Kind.WAIVER);
    return new IncentiveStatement(period.number(), period.start(), period.end(), currency, entries, bonuses,
        penalties, waivers, bonuses.subtract(penalties).add(waivers), null, null);
  }

  public IncentiveStatement confirmed(String by, Instant at) {
    return new IncentiveStatement(period, from, to, currency, entries, bonuses, penalties, waivers, net, by, at);
  }

  private static BigDecimal total(List<LedgerEntryFact> entries, LedgerEntryFact.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).map(LedgerEntryFact::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
