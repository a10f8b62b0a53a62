package io.skillgate.training;

import io.skillgate.platform.Port;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.platform.web.PayloadTooLargeException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Checks and stores evidence files: PDF, PNG or JPEG by content, within the size limit and the
 * member's and contract's quota ({@link EvidenceLimits}), with a SHA-256.
 */
@Service
@Port
public class EvidenceFiles {

  private final EvidenceRepository evidence;
  private final Clock clock;
  private final DataSize maxSize;
  private final EvidenceQuota quota;

  public EvidenceFiles(EvidenceRepository evidence, Clock clock,
      @Value("${skillgate.training.evidence-max-size:5MB}") DataSize maxSize, EvidenceLimits limits) {
    this.evidence = evidence;
    this.clock = clock;
    this.maxSize = maxSize;
    this.quota = new EvidenceQuota(limits);
  }

  /**
   * Stores the file if it fits the quota. The contract's row is locked first, so two uploads at the
   * same moment cannot both see room for one more file: they fit in turn, or the second is refused.
   */
  @Transactional
  public EvidenceFile store(String contractId, String memberId, String fileName, byte[] content, String uploadedBy) {
    if (content.length == 0) {
      throw new InvalidInputException("file", "is empty");
    }
    if (content.length > maxSize.toBytes()) {
      throw new PayloadTooLargeException();
    }
    EvidenceType type = EvidenceType.of(content)
        .orElseThrow(() -> new InvalidInputException("file", "must be a PDF, PNG or JPEG file"));
    evidence.lockContract(contractId);
    quota.check(contractId, memberId, evidence.usageOfMember(contractId, memberId), evidence.usageOfContract(contractId),
        content.length);
    String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    long id = evidence.insert(contractId, memberId, name.substring(0, Math.min(name.length(), 200)),
        type.contentType(), content, sha256(content), uploadedBy, clock.instant());
    return evidence.find(id).orElseThrow();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
