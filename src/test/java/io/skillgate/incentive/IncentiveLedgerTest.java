package io.skillgate.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.Contract;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger's bookings: grace, the per-quarter cap, waivers and bonuses, and who may read it. */
@SkillGateTest
class IncentiveLedgerTest {

  static final LocalDate DUE = LocalDate.of(2027, 5, 1);
  static final Contract.Incentives TERMS = new Contract.Incentives("EUR", new BigDecimal("400"), null,
      new BigDecimal("250"), 10, new BigDecimal("600"), true);

  @Autowired IncentiveLedger ledger;
  @Autowired Api api;

  String contractId;

  @BeforeEach
  void registerContract() {
    contractId = Fixtures.uniqueId("LED");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
  }

  @Test
  void graceDaysAreRespected() {
    assertThat(charge(1, DUE.plusDays(10))).isEmpty();
    assertThat(charge(1, DUE.plusDays(11))).hasValueSatisfying(e -> {
      assertThat(e.amount()).isEqualByComparingTo("250");
      assertThat(e.reason()).contains("11 days late");
    });
  }

  @Test
  void theCapIsPerQuarterAndPerContract() {
    LocalDate late = DUE.plusDays(20);
    assertThat(charge(1, late)).isPresent();
    assertThat(charge(2, late)).isPresent();
    assertThat(charge(3, late)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualByComparingTo("100"));
    assertThat(charge(4, late)).as("cap of 600 reached in 2027-Q2").isEmpty();

    assertThat(charge(5, LocalDate.of(2027, 7, 15))).as("a new quarter").isPresent();
  }

  @Test
  void aWaiverGivesThePenaltyBackAndFreesRoomUnderTheCap() {
    LocalDate late = DUE.plusDays(20);
    charge(1, late);
    charge(2, late);
    charge(3, late);

    assertThat(ledger.waiveMilestone(contractId, TERMS, "NW-A01", 2, "system outage at the vendor", "tess"))
        .hasValueSatisfying(w -> {
          assertThat(w.kind()).isEqualTo(IncentiveKind.WAIVER);
          assertThat(w.amount()).isEqualByComparingTo("250");
          assertThat(w.period()).isEqualTo("2027-Q2");
          assertThat(w.createdBy()).isEqualTo("tess");
        });
    assertThat(ledger.waiveMilestone(contractId, TERMS, "NW-A01", 2, "again", "tess")).as("only once").isEmpty();
    assertThat(charge(4, late)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualByComparingTo("250"));
  }

  @Test
  void aContractWithoutWaivablePenaltiesKeepsThem() {
    Contract.Incentives strict = new Contract.Incentives("EUR", null, null, new BigDecimal("250"), 0, null, false);
    ledger.chargeMissedMilestone(contractId, strict, "NW-A01", 1, "m", DUE, DUE.plusDays(3));
    assertThat(ledger.waiveMilestone(contractId, strict, "NW-A01", 1, "please", "tess")).isEmpty();
    assertThat(ledger.entries(contractId)).extracting(LedgerEntry::kind).containsExactly(IncentiveKind.PENALTY);
  }

  @Test
  void bonusesAreBookedWithTheirReasonAndZeroIsNotBooked() {
    assertThat(ledger.awardBonus(contractId, TERMS, "NW-L01", 7, new BigDecimal("400"), "ITIL reached", DUE))
        .hasValueSatisfying(b -> assertThat(b.milestoneId()).isEqualTo(7L));
    assertThat(ledger.awardBonus(contractId, TERMS, "NW-L01", 8, BigDecimal.ZERO, "nothing", DUE)).isEmpty();
    assertThat(ledger.entries(contractId)).singleElement().extracting(LedgerEntry::reason).isEqualTo("ITIL reached");
  }

  @Test
  void theLedgerIsVisibleToTheContractsVendorAndReviewersOnly() {
    charge(1, DUE.plusDays(20));
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + contractId + "/incentives").json()).hasSize(1);
    assertThat(api.get(TestSupport.VENDOR_A, "/api/contracts/" + contractId + "/incentives").json().get(0)
        .get("kind").asText()).isEqualTo("PENALTY");
    assertThat(api.get(TestSupport.VENDOR_B, "/api/contracts/" + contractId + "/incentives").status()).isEqualTo(404);
  }

  private java.util.Optional<LedgerEntry> charge(long milestoneId, LocalDate today) {
    return ledger.chargeMissedMilestone(contractId, TERMS, "NW-A01", milestoneId, "module " + milestoneId, DUE, today);
  }
}
