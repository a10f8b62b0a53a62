package io.skillgate.reporting;

import java.time.LocalDate;

/** A certification a member holds; {@code expiresOn} null when it does not expire. */
public record CertificationFact(String memberId, String certification, LocalDate achievedOn, LocalDate expiresOn) {

  public boolean validOn(LocalDate day) {
    return !achievedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
  }
}
