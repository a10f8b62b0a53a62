package io.skillgate.training;

import org.springframework.util.unit.DataSize;

/** Whether one more file of a given size still fits a member's and its contract's evidence quota. */
class EvidenceQuota {

  private final EvidenceLimits limits;

  EvidenceQuota(EvidenceLimits limits) {
    this.limits = limits;
  }

  /** Throws {@link EvidenceQuotaExceededException} naming the limit the file would break. */
  void check(String contractId, String memberId, EvidenceUsage member, EvidenceUsage contract, long size) {
    if (member.files() + 1 > limits.maxFilesPerMember()) {
      throw new EvidenceQuotaExceededException("evidence quota reached: a member may have at most "
          + limits.maxFilesPerMember() + " files, and member '" + memberId + "' has " + member.files());
    }
    if (member.bytes() + size > limits.maxBytesPerMember().toBytes()) {
      throw new EvidenceQuotaExceededException("evidence quota reached: a member's files may take at most "
          + megabytes(limits.maxBytesPerMember().toBytes()) + "; member '" + memberId + "' has "
          + megabytes(member.bytes()) + " and this file is " + megabytes(size));
    }
    if (contract.files() + 1 > limits.maxFilesPerContract()) {
      throw new EvidenceQuotaExceededException("evidence quota reached: a contract may have at most "
          + limits.maxFilesPerContract() + " files, and contract '" + contractId + "' has " + contract.files());
    }
    if (contract.bytes() + size > limits.maxBytesPerContract().toBytes()) {
      throw new EvidenceQuotaExceededException("evidence quota reached: a contract's files may take at most "
          + megabytes(limits.maxBytesPerContract().toBytes()) + "; contract '" + contractId + "' has "
          + megabytes(contract.bytes()) + " and this file is " + megabytes(size));
    }
  }

  /** A size as people read it: "50 MB", "4.7 MB", "10 KB". */
  static String megabytes(long bytes) {
    long mb = DataSize.ofMegabytes(1).toBytes();
    if (bytes % mb == 0 && bytes > 0) {
      return bytes / mb + " MB";
    }
    return bytes >= mb ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) mb) : (bytes + 1023) / 1024 + " KB";
  }
}
