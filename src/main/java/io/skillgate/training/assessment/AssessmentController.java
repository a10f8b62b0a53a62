package io.skillgate.training.assessment;

import io.skillgate.contract.ContractAccess;
import io.skillgate.platform.security.SkillGateUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/contracts/{id}/assessments}: every scored attempt of the contract. */
@RestController
public class AssessmentController {

  private final ContractAccess access;
  private final AssessmentAttemptRepository attempts;

  public AssessmentController(ContractAccess access, AssessmentAttemptRepository attempts) {
    this.access = access;
    this.attempts = attempts;
  }

  @GetMapping("/api/contracts/{contractId}/assessments")
  public List<AssessmentAttempt> attempts(@PathVariable String contractId, SkillGateUser user) {
    access.visible(user, contractId);
    return attempts.ofContract(contractId);
  }
}
