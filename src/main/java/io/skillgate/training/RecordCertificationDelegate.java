package io.skillgate.training;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.engine.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the approved certificate's details (checked by the submit form's complete listener). */
@Component
public class RecordCertificationDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final Certifications certifications;
  private final TrainingEvents events;

  public RecordCertificationDelegate(MilestoneRepository milestones, Certifications certifications,
      TrainingEvents events) {
    this.milestones = milestones;
    this.certifications = certifications;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    Object evidence = execution.getVariable(TrainingVariables.EVIDENCE_ID);
    Certification c = certifications.record(m,
        (String) execution.getVariable(TrainingVariables.CERT_ISSUER),
        (String) execution.getVariable(TrainingVariables.CREDENTIAL_ID),
        TaskInputs.date(execution.getVariable(TrainingVariables.CERT_ISSUED_ON)),
        TaskInputs.date(execution.getVariable(TrainingVariables.CERT_EXPIRES_ON)),
        evidence instanceof Number n ? n.longValue() : null,
        ProcessVariables.VENDOR_GROUP.get(execution), EngineClock.today());
    events.record(m.contractId(), "CERTIFICATION_RECORDED", TrainingEvents.describe(m) + ": " + c.issuer() + " "
        + c.credentialId() + (c.expiresOn() == null ? "" : ", expires " + c.expiresOn()));
  }
}
