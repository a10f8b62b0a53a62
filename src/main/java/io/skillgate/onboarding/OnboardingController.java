package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.security.SkillGateUser;
import jakarta.validation.Valid;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.training.EvidenceFile;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/contracts/{id}/members}: joining and leaving mid-contract, evidence for learning
 * path items, and a member's onboarding. Same access rules as contracts (404 for other vendors).
 */
@RestController
@RequestMapping("/api/contracts/{contractId}/members")
public class OnboardingController {

  private final OnboardingService onboarding;

  public OnboardingController(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @PostMapping(consumes = "application/json")
  public ResponseEntity<TeamMember> join(@PathVariable String contractId, @Valid @RequestBody Contract.Member member,
      SkillGateUser user) {
    TeamMember joined = onboarding.join(user, contractId, member);
    return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/members/" + joined.memberId()))
        .body(joined);
  }

  @GetMapping("/{memberId}")
  public MemberOnboardingView get(@PathVariable String contractId, @PathVariable String memberId, SkillGateUser user) {
    return onboarding.view(user, contractId, memberId);
  }

  @PostMapping(path = "/{memberId}/departure", consumes = "application/json")
  public TeamMember depart(@PathVariable String contractId, @PathVariable String memberId,
      @Valid @RequestBody DepartureRequest departure, SkillGateUser user) {
    return onboarding.memberLeft(user, contractId, memberId, departure);
  }

  @PostMapping(path = "/{memberId}/items/{itemId}/evidence", consumes = "application/json")
  public MemberOnboardingView evidence(@PathVariable String contractId, @PathVariable String memberId,
      @PathVariable long itemId, @RequestBody EvidenceRequest evidence, SkillGateUser user) {
    onboarding.submitEvidence(user, contractId, memberId, itemId, evidence);
    return onboarding.view(user, contractId, memberId);
  }

  /**
   * A file for a learning path item (multipart field {@code file}), as the upload page sends it:
   * stored as the member's evidence and linked from the item's row of the open evidence task.
   */
  @PostMapping(path = "/{memberId}/items/{itemId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<EvidenceFile> file(@PathVariable String contractId, @PathVariable String memberId,
      @PathVariable long itemId, @RequestParam(name = "file", required = false) MultipartFile file,
      SkillGateUser user) throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "is required (multipart field 'file')");
    }
    EvidenceFile stored = onboarding.attachFile(user, contractId, memberId, itemId, file.getOriginalFilename(),
        file.getBytes());
    return ResponseEntity.created(URI.create(EvidenceLinks.file(contractId, stored.id()))).body(stored);
  }
}
