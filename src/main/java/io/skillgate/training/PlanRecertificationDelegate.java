package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The renewal timer fired: a recertification milestone is due when the current certificate expires. */
@Component
public class PlanRecertificationDelegate implements JavaDelegate {

  private final CertificationRepository certifications;
  private final MilestoneRepository milestones;
  private final TrainingPlanner planner;

  public PlanRecertificationDelegate(CertificationRepository certifications, MilestoneRepository milestones,
      TrainingPlanner planner) {
    this.certifications = certifications;
    this.milestones = milestones;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long certificationId = TrainingVariables.CERTIFICATION_ID.get(execution);
    Certification c = certifications.get(certificationId);
    ProcessContract.requireOwn(c.contractId(), "certification", certificationId, execution);
    String certName = milestones.get(c.milestoneId()).name().replaceFirst("^Renew ", "");
    long id = planner.planRecertification(c.contractId(), c.memberId(), c.certKey(), certName, c.expiresOn());
    ProcessVariables.MILESTONE_ID.set(execution, id);
  }
}
