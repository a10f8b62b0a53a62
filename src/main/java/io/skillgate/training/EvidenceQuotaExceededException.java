package io.skillgate.training;

/** An upload that would take a member or a contract past its evidence quota: 413, nothing stored. */
public class EvidenceQuotaExceededException extends RuntimeException {

  public EvidenceQuotaExceededException(String message) {
    super(message);
  }
}
