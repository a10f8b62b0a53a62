package io.skillgate.reporting;

import io.skillgate.contract.ContractAccess;
import io.skillgate.platform.security.SkillGateUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contracts/{id}/progress}: onboarding progress and whose turn it is, for the
 * dashboard. The parties of the contract only; another vendor gets 404 like everywhere else.
 */
@RestController
public class ContractProgressController {

  private final ContractAccess access;
  private final ContractProgressService progress;

  public ContractProgressController(ContractAccess access, ContractProgressService progress) {
    this.access = access;
    this.progress = progress;
  }

  @GetMapping("/api/contracts/{id}/progress")
  public ContractProgress progress(@PathVariable String id, SkillGateUser user) {
    return progress.of(access.visible(user, id));
  }
}
