package io.skillgate.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
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
  @Autowired ContractRepository contracts;
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

    assertThat(ledger.waiveMilestone(contractId, TERMS, "NW-A01", 2, "system outage at the vendor", "tess",
        late.plusDays(5)))
        .hasValueSatisfying(w -> {
          assertThat(w.kind()).isEqualTo(IncentiveKind.WAIVER);
          assertThat(w.amount()).isEqualByComparingTo("250");
          assertThat(w.period()).isEqualTo("2027-Q2");
          assertThat(w.createdBy()).isEqualTo("tess");
          assertThat(w.bookedOn()).as("booked on the business day given").isEqualTo(late.plusDays(5));
        });
    assertThat(ledger.waiveMilestone(contractId, TERMS, "NW-A01", 2, "again", "tess", late)).as("only once").isEmpty();
    assertThat(charge(4, late)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualByComparingTo("250"));
  }

  @Test
  void aContractWithoutWaivablePenaltiesKeepsThem() {
    Contract.Incentives strict = new Contract.Incentives("EUR", null, null, new BigDecimal("250"), 0, null, false);
    ledger.chargeMissedMilestone(contractId, strict, "NW-A01", 1, "m", DUE, DUE.plusDays(3));
    assertThat(ledger.waiveMilestone(contractId, strict, "NW-A01", 1, "please", "tess", DUE.plusDays(4))).isEmpty();
    assertThat(ledger.entries(contractId)).extracting(LedgerEntry::kind).containsExactly(IncentiveKind.PENALTY);
  }

  @Test
  void bonusesAreBookedWithTheirReasonOnceAndZeroIsNotBooked() {
    assertThat(ledger.awardBonus(contractId, TERMS, "NW-L01", 7L, new BigDecimal("400"), "ITIL reached", DUE, "x:1"))
        .hasValueSatisfying(b -> {
          assertThat(b.milestoneId()).isEqualTo(7L);
          assertThat(b.bookedOn()).isEqualTo(DUE);
        });
    assertThat(ledger.awardBonus(contractId, TERMS, "NW-L01", 7L, new BigDecimal("400"), "again", DUE, "x:1"))
        .as("same booking key").isEmpty();
    assertThat(ledger.awardBonus(contractId, TERMS, "NW-L01", 8L, BigDecimal.ZERO, "nothing", DUE, "x:2")).isEmpty();
    assertThat(ledger.entries(contractId)).singleElement().extracting(LedgerEntry::reason).isEqualTo("ITIL reached");
  }

  @Test
  void aCertificationPaysItsOwnBonusOrTheContractsDefaultOncePerMember() {
    Contract terms = contracts.findTerms(contractId).orElseThrow();
    // The demo contract: Lean Six Sigma carries its own 300, ITIL falls back to the contract's 400.
    assertThat(ledger.awardCertificationBonus(terms, "NW-Q01", 1, "lss-yellow-belt", "LSS reached", DUE))
        .hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("300"));
    assertThat(ledger.awardCertificationBonus(terms, "NW-L01", 2, "itil4-foundation", "ITIL reached", DUE))
        .hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("400"));
    assertThat(ledger.awardCertificationBonus(terms, "NW-L02", 3, "itil4-foundation", "ITIL reached", DUE))
        .as("another member").isPresent();
    assertThat(ledger.awardCertificationBonus(terms, "NW-L01", 4, "itil4-foundation", "recorded again", DUE))
        .as("the same member's certification is paid once").isEmpty();
    assertThat(ledger.entries(contractId)).extracting(LedgerEntry::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("300"), new BigDecimal("400"), new BigDecimal("400"));
  }

  @Test
  void aKpiTargetBonusIsPaidOncePerPeriodWhenAllItsKpisMetTheirTargets() {
    Contract terms = contracts.findTerms(contractId).orElseThrow();
    // The demo contract pays 750 per period in which csat and error-rate both meet their targets.
    assertThat(ledger.awardKpiTargetBonuses(terms, 3, Map.of("csat", true, "error-rate", false), DUE)).isEmpty();
    Map<String, Boolean> noValue = new java.util.HashMap<>();
    noValue.put("csat", true);
    noValue.put("error-rate", null);
    assertThat(ledger.awardKpiTargetBonuses(terms, 3, noValue, DUE)).as("no value is not met").isEmpty();
    assertThat(ledger.awardKpiTargetBonuses(terms, 4, Map.of("csat", true, "error-rate", true), DUE))
        .singleElement().satisfies(b -> {
          assertThat(b.amount()).isEqualByComparingTo("750");
          assertThat(b.memberId()).isNull();
          assertThat(b.reason()).contains("period 4", "service-quality");
        });
    assertThat(ledger.awardKpiTargetBonuses(terms, 4, Map.of("csat", true, "error-rate", true), DUE.plusDays(1)))
        .as("period 4 is paid once").isEmpty();
    assertThat(ledger.entries(contractId)).hasSize(1);
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
