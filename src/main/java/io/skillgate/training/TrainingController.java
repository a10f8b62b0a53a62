package io.skillgate.training;

import io.skillgate.contract.ContractAccess;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.platform.web.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Training of a contract as both parties see it: milestones, certifications and evidence files.
 * Every call asks {@link ContractAccess} first: another vendor's contract, member or file is 404.
 */
@RestController
public class TrainingController {

  private final ContractAccess access;
  private final Contracts contracts;
  private final MilestoneRepository milestones;
  private final CertificationRepository certifications;
  private final EvidenceFiles evidenceFiles;
  private final EvidenceRepository evidence;
  private final EvidenceUploadRate uploadRate;

  public TrainingController(ContractAccess access, Contracts contracts, MilestoneRepository milestones,
      CertificationRepository certifications, EvidenceFiles evidenceFiles, EvidenceRepository evidence,
      EvidenceUploadRate uploadRate) {
    this.access = access;
    this.contracts = contracts;
    this.milestones = milestones;
    this.certifications = certifications;
    this.evidenceFiles = evidenceFiles;
    this.evidence = evidence;
    this.uploadRate = uploadRate;
  }

  @GetMapping("/api/contracts/{contractId}/milestones")
  public List<Milestone> milestones(@PathVariable String contractId, SkillGateUser user) {
    access.visible(user, contractId);
    return milestones.ofContract(contractId);
  }

  @GetMapping("/api/contracts/{contractId}/certifications")
  public List<Certification> certifications(@PathVariable String contractId, SkillGateUser user) {
    access.visible(user, contractId);
    return certifications.ofContract(contractId);
  }

  /**
   * Uploads a completion or certificate file for a member (multipart field {@code file}). The
   * answer's {@code id} is what the vendor enters as "Evidence id" on the milestone form, since
   * Camunda Forms on Camunda 7 cannot upload files themselves.
   */
  @PostMapping(path = "/api/contracts/{contractId}/members/{memberId}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<EvidenceFile> upload(@PathVariable String contractId, @PathVariable String memberId,
      @RequestParam(name = "file", required = false) MultipartFile file, SkillGateUser user) throws IOException {
    access.visible(user, contractId);
    contracts.member(contractId, memberId)
        .orElseThrow(() -> new NotFoundException("no member '" + memberId + "' in contract '" + contractId + "'"));
    if (file == null) {
      throw new InvalidInputException("file", "is required (multipart field 'file')");
    }
    // Before the file is loaded into memory and the database is asked: a user over the rate costs little more.
    uploadRate.acquire(user.id());
    EvidenceFile stored = evidenceFiles.store(contractId, memberId, file.getOriginalFilename(), file.getBytes(),
        user.id());
    return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/evidence/" + stored.id()))
        .body(stored);
  }

  /** A member's evidence files (metadata, oldest first): what counts against the member's quota. */
  @GetMapping("/api/contracts/{contractId}/members/{memberId}/evidence")
  public List<EvidenceFile> evidenceOfMember(@PathVariable String contractId, @PathVariable String memberId,
      SkillGateUser user) {
    access.visible(user, contractId);
    contracts.member(contractId, memberId)
        .orElseThrow(() -> new NotFoundException("no member '" + memberId + "' in contract '" + contractId + "'"));
    return evidence.ofMember(contractId, memberId);
  }

  @GetMapping("/api/contracts/{contractId}/evidence/{evidenceId}")
  public ResponseEntity<byte[]> download(@PathVariable String contractId, @PathVariable long evidenceId,
      SkillGateUser user) {
    access.visible(user, contractId);
    EvidenceFile file = evidence.find(evidenceId).filter(f -> f.contractId().equals(contractId))
        .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId + " in contract '" + contractId + "'"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Evidence-SHA256", file.sha256())
        .body(evidence.content(evidenceId));
  }
}
