package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.time.LocalDate;

/** A certification a member holds; {@code expiresOn} null when it does not expire. */
@Port
public record CertificationFact(String memberId, String certification, LocalDate achievedOn, LocalDate expiresOn) {

  public boolean validOn(LocalDate day) {
    return !achievedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
  }
}
