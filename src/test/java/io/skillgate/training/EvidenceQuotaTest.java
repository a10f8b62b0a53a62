package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Evidence quota per member and contract, and the upload rate per user. */
class EvidenceQuotaTest {

  private static final EvidenceLimits SMALL = new EvidenceLimits(3, DataSize.ofKilobytes(10), 5,
      DataSize.ofKilobytes(25), 4, Duration.ofMinutes(10));

  private final EvidenceQuota quota = new EvidenceQuota(SMALL);

  @Test
  void aMemberHasAtMostItsFilesAndBytes() {
    quota.check("C", "M", new EvidenceUsage(2, 1000), new EvidenceUsage(2, 1000), 1000);
    assertThatThrownBy(() -> quota.check("C", "M", new EvidenceUsage(3, 1000), new EvidenceUsage(3, 1000), 1))
        .isInstanceOf(EvidenceQuotaExceededException.class)
        .hasMessage("evidence quota reached: a member may have at most 3 files, and member 'M' has 3");
    assertThatThrownBy(() -> quota.check("C", "M", new EvidenceUsage(1, 9 * 1024), new EvidenceUsage(1, 9 * 1024), 2048))
        .isInstanceOf(EvidenceQuotaExceededException.class)
        .hasMessage("evidence quota reached: a member's files may take at most 10 KB; member 'M' has 9 KB and this file is 2 KB");
  }

  @Test
  void aContractHasAtMostItsFilesAndBytes() {
    assertThatThrownBy(() -> quota.check("C", "M", new EvidenceUsage(0, 0), new EvidenceUsage(5, 5000), 1))
        .isInstanceOf(EvidenceQuotaExceededException.class)
        .hasMessage("evidence quota reached: a contract may have at most 5 files, and contract 'C' has 5");
    assertThatThrownBy(() -> quota.check("C", "M", new EvidenceUsage(0, 0), new EvidenceUsage(4, 24 * 1024), 2048))
        .isInstanceOf(EvidenceQuotaExceededException.class)
        .hasMessageContaining("a contract's files may take at most").hasMessageContaining("contract 'C'");
  }

  @Test
  void sizesAreNamedInMegabytes() {
    assertThat(EvidenceQuota.megabytes(DataSize.ofMegabytes(50).toBytes())).isEqualTo("50 MB");
    assertThat(EvidenceQuota.megabytes(4_900_000)).isEqualTo("4.7 MB");
    assertThat(EvidenceQuota.megabytes(0)).isEqualTo("0 KB");
  }

  @Test
  void aUserUploadingTooFastWaitsAndOthersDoNot() {
    EvidenceUploadRate rate = new EvidenceUploadRate(SMALL);
    for (int i = 0; i < 4; i++) {
      rate.acquire("nora");
    }
    assertThatThrownBy(() -> rate.acquire("nora"))
        .isInstanceOfSatisfying(UploadRateExceededException.class, e -> {
          assertThat(e.getMessage()).startsWith("upload rate limit reached: at most 4 evidence uploads per user within 10 min");
          // Refilled evenly: one upload every 10 min / 4.
          assertThat(e.retryAfter()).isBetween(Duration.ofMinutes(2), Duration.ofSeconds(150));
        });
    rate.acquire("oscar");
  }
}
