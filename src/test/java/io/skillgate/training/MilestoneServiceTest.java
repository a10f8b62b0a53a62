package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contracts;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.incentive.LedgerEntry;
import io.skillgate.training.assessment.AssessmentAttemptRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * The milestone rules without an engine or a database: the repositories and the ledger are
 * Mockito mocks, the contract's journal is a list.
 */
class MilestoneServiceTest {

  static final String CONTRACT = "C-1";
  static final LocalDate DUE = LocalDate.of(2026, 3, 2);
  static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
  static final Instant NOW = Instant.parse("2026-03-20T09:30:00Z");
  static final Milestone MILESTONE = new Milestone(7L, CONTRACT, "P1", "m-01", MilestoneKind.TRAINING, "java-basics",
      "Java basics", "contract", "quiz", 70, 3, DUE, MilestoneStatus.OPEN, true, null, null);

  final MilestoneRepository milestones = mock(MilestoneRepository.class);
  final AssessmentAttemptRepository attempts = mock(AssessmentAttemptRepository.class);
  final Contracts contracts = mock(Contracts.class);
  final IncentiveLedger ledger = mock(IncentiveLedger.class);
  final Contract.Incentives incentives = mock(Contract.Incentives.class);
  /** Each event as "contractId|actor|kind|detail". */
  final List<String> journal = new ArrayList<>();
  final MilestoneService service = new MilestoneService(milestones, attempts, contracts, ledger,
      new TrainingEvents((id, actor, kind, detail) -> journal.add(id + "|" + actor + "|" + kind + "|" + detail)),
      Clock.fixed(NOW, ZoneOffset.UTC));

  MilestoneServiceTest() {
    Contract terms = mock(Contract.class);
    when(terms.incentives()).thenReturn(incentives);
    when(contracts.findTerms(CONTRACT)).thenReturn(Optional.of(terms));
  }

  @Test
  void aChargedPenaltyIsReturnedAsAmountAndCurrencyAndJournalled() {
    LedgerEntry entry = mock(LedgerEntry.class);
    when(entry.amount()).thenReturn(new BigDecimal("150.00"));
    when(entry.currency()).thenReturn("EUR");
    when(ledger.chargeMissedMilestone(CONTRACT, incentives, "m-01", 7L, "Java basics", DUE, TODAY))
        .thenReturn(Optional.of(entry));

    String charged = service.chargeMissedPenalty(MILESTONE, TODAY);

    assertThat(charged).isEqualTo("150.00 EUR");
    verify(ledger, never()).whyNothingCharged(any(), any(), any(), any());
    assertThat(journal).containsExactly(CONTRACT + "|process|PENALTY_APPLIED|milestone 7 'Java basics' of m-01 (due "
        + DUE + "): 150.00 EUR");
  }

  @Test
  void whenNothingIsChargedTheLedgersReasonIsReturnedAndJournalled() {
    when(ledger.chargeMissedMilestone(CONTRACT, incentives, "m-01", 7L, "Java basics", DUE, TODAY))
        .thenReturn(Optional.empty());
    when(ledger.whyNothingCharged(CONTRACT, incentives, DUE, TODAY)).thenReturn("within 30 grace days");

    String charged = service.chargeMissedPenalty(MILESTONE, TODAY);

    assertThat(charged).isEqualTo("within 30 grace days");
    assertThat(journal).singleElement().asString().endsWith("|PENALTY_APPLIED|milestone 7 'Java basics' of m-01 (due "
        + DUE + "): within 30 grace days");
  }

  @Test
  void noPenaltyIsChargedForAMilestoneWhoseContractIsGone() {
    Milestone orphan = new Milestone(8L, "C-gone", "P1", "m-01", MilestoneKind.TRAINING, "java-basics",
        "Java basics", "contract", null, null, null, DUE, MilestoneStatus.OPEN, true, null, null);

    assertThatThrownBy(() -> service.chargeMissedPenalty(orphan, TODAY)).isInstanceOf(RuntimeException.class);

    verifyNoInteractions(ledger);
    assertThat(journal).isEmpty();
  }

  @Test
  void aWaiverClosesTheMilestoneFirstThenGivesThePenaltyBackUnderTheContractsTerms() {
    service.waive(MILESTONE, "trainer was ill", "rita", TODAY);

    InOrder order = inOrder(milestones, ledger);
    order.verify(milestones).close(7L, MilestoneStatus.WAIVED, TODAY, "trainer was ill");
    order.verify(ledger).waiveMilestone(CONTRACT, incentives, "m-01", 7L, "trainer was ill", "rita", TODAY);
    assertThat(journal).containsExactly(CONTRACT + "|process|MILESTONE_WAIVED|milestone 7 'Java basics' of m-01 (due "
        + DUE + "): trainer was ill");
  }

  @Test
  void aPassedAttemptIsStoredAndEndsTheAttempts() {
    MilestoneService.AttemptResult result = service.recordAttempt(MILESTONE, 2, 85, "alex", "pass");

    verify(attempts).insert(7L, CONTRACT, "m-01", "java-basics", 2, 85, "alex", "pass", NOW);
    assertThat(result).isEqualTo(new MilestoneService.AttemptResult(true, 2));
    assertThat(journal).containsExactly(CONTRACT + "|process|ASSESSMENT_SCORED|m-01 java-basics attempt 2: 85 -> pass");
  }

  @Test
  void anyOtherOutcomeIsStoredAndMakesTheNextRoundTheNextAttempt() {
    for (String outcome : Set.of("remediate", "fail")) {
      MilestoneService.AttemptResult result = service.recordAttempt(MILESTONE, 1, 40, "alex", outcome);

      verify(attempts).insert(7L, CONTRACT, "m-01", "java-basics", 1, 40, "alex", outcome, NOW);
      assertThat(result).isEqualTo(new MilestoneService.AttemptResult(false, 2));
    }
    assertThat(journal).hasSize(2);
  }
}
