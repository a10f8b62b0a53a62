package io.skillgate.training;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contracts;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an approved certification (strategy 3), pays the contract's certification bonus
 * (strategy 4) and, when the certificate expires during the contract, starts the renewal process
 * whose timer opens a recertification milestone ahead of expiry.
 */
@Service
public class Certifications {

  /** Used when the contract names a validity but no lead time for renewal. */
  static final int DEFAULT_RECERTIFY_DAYS_AHEAD = 60;

  private final CertificationRepository certifications;
  private final Contracts contracts;
  private final IncentiveLedger ledger;
  private final RuntimeService runtime;
  private final Clock clock;

  public Certifications(CertificationRepository certifications, Contracts contracts, IncentiveLedger ledger,
      RuntimeService runtime, Clock clock) {
    this.certifications = certifications;
    this.contracts = contracts;
    this.ledger = ledger;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional
  public Certification record(Milestone m, String issuer, String credentialId, LocalDate issuedOn,
      LocalDate expiresOn, Long evidenceId, String vendorGroup, LocalDate today) {
    Contract terms = contracts.findTerms(m.contractId()).orElseThrow();
    Contract.CertificationTarget target = terms.certifications().stream()
        .filter(c -> c.key().equals(m.requirementKey())).findFirst().orElse(null);
    LocalDate expiry = expiresOn != null ? expiresOn
        : target != null && target.validityYears() != null ? issuedOn.plusYears(target.validityYears()) : null;
    long id = certifications.insert(m, issuer, credentialId, issuedOn, expiry, evidenceId, clock.instant());
    if (m.kind() == MilestoneKind.CERTIFICATION) {
      // The certification's own bonus or the contract-wide one, once per member and certification.
      ledger.awardCertificationBonus(terms, m.memberId(), m.id(), m.requirementKey(),
          "certification '" + m.name() + "' reached (" + credentialId + ")", today);
    }
    if (expiry != null) {
      int daysAhead = target != null && target.recertifyDaysAhead() != null ? target.recertifyDaysAhead()
          : DEFAULT_RECERTIFY_DAYS_AHEAD;
      LocalDate recertifyOn = expiry.minusDays(daysAhead);
      // No renewal is asked when the renewal would fall after the contract has ended.
      if (!recertifyOn.isAfter(terms.endDate())) {
        runtime.startProcessInstanceByKey(TrainingVariables.RENEWAL_PROCESS_KEY, m.contractId(), Map.of(
            ProcessVariables.CONTRACT_ID.name(), m.contractId(),
            ProcessVariables.VENDOR_GROUP.name(), vendorGroup,
            TrainingVariables.CERTIFICATION_ID.name(), id,
            TrainingVariables.RECERTIFY_ON, EngineClock.startOf(recertifyOn)));
      }
    }
    return certifications.get(id);
  }
}
