package io.skillgate.training;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.engine.TaskInputs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete- and create-listener checks of the milestone forms, so a task completed through the
 * REST API is held to the same rules as the Camunda Form (a refused completion is a 400 and
 * changes nothing).
 */
@Component("trainingInputs")
public class TrainingInputs {

  private final EvidenceRepository evidence;

  public TrainingInputs(EvidenceRepository evidence) {
    this.evidence = evidence;
  }

  /** The vendor's completion evidence: a note, an own evidence file if named, certificate details. */
  public void requireEvidence(DelegateTask task) {
    TaskInputs.requiredText(task, TrainingVariables.EVIDENCE_NOTE, TrainingVariables.EVIDENCE_NOTE, 2000);
    Object evidenceId = task.getVariable(TrainingVariables.EVIDENCE_ID);
    if (evidenceId != null && !evidenceId.toString().isBlank()) {
      long id;
      try {
        id = evidenceId instanceof Number n ? n.longValue() : Long.parseLong(evidenceId.toString().trim());
      } catch (NumberFormatException e) {
        throw new BadUserRequestException("evidenceId must be the id of an uploaded evidence file");
      }
      String contractId = ProcessContract.of(task);
      String memberId = ProcessVariables.MEMBER_ID.get(task);
      // Only a file uploaded for this very member counts: no borrowing another member's certificate.
      evidence.find(id).filter(f -> f.contractId().equals(contractId) && f.memberId().equals(memberId))
          .orElseThrow(() -> new BadUserRequestException("evidenceId " + id + " is not a file of member " + memberId));
      task.setVariable(TrainingVariables.EVIDENCE_ID, id);
    }
    if (Boolean.TRUE.equals(task.getVariable(TrainingVariables.CERTIFICATION_REQUIRED))) {
      TaskInputs.requiredText(task, TrainingVariables.CERT_ISSUER, TrainingVariables.CERT_ISSUER, 200);
      TaskInputs.requiredText(task, TrainingVariables.CREDENTIAL_ID, TrainingVariables.CREDENTIAL_ID, 200);
      LocalDate issued = date(task, TrainingVariables.CERT_ISSUED_ON);
      if (issued == null) {
        throw new BadUserRequestException(TrainingVariables.CERT_ISSUED_ON + " is required");
      }
      if (issued.isAfter(EngineClock.today())) {
        throw new BadUserRequestException(TrainingVariables.CERT_ISSUED_ON + " must not be in the future");
      }
      LocalDate expires = date(task, TrainingVariables.CERT_EXPIRES_ON);
      if (expires != null && !expires.isAfter(issued)) {
        throw new BadUserRequestException(TrainingVariables.CERT_EXPIRES_ON + " must be after " + TrainingVariables.CERT_ISSUED_ON);
      }
    }
  }


  private static LocalDate date(DelegateTask task, String variable) {
    try {
      return TaskInputs.date(task.getVariable(variable));
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException(variable + " must be a date (yyyy-mm-dd)");
    }
  }
}
