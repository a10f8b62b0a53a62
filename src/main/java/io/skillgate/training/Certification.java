package io.skillgate.training;

import java.time.LocalDate;

/** A certification a member holds, as recorded from the approved milestone's evidence. */
public record Certification(
    long id,
    String contractId,
    String memberId,
    long milestoneId,
    String certKey,
    String issuer,
    String credentialId,
    LocalDate issuedOn,
    LocalDate expiresOn,
    Long evidenceId) {}
