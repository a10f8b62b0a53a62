package io.skillgate.training;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.skillgate.platform.Port;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How fast one user may upload evidence: a Bucket4j token bucket per user (a burst of
 * {@code uploadsPerUser}, refilled evenly over {@code uploadWindow}), the buckets kept in a bounded
 * Caffeine cache that forgets idle users. Per node; a cluster allows one burst per node.
 */
@Component
@Port
public class EvidenceUploadRate {

  private final EvidenceLimits limits;
  private final Cache<String, Bucket> buckets;

  EvidenceUploadRate(EvidenceLimits limits) {
    this.limits = limits;
    // A bucket idle for a whole window is full again: forgetting it changes nothing.
    this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(limits.uploadWindow()).build();
  }

  /** Takes one upload from the user's allowance, or throws {@link UploadRateExceededException} with the wait. */
  public void acquire(String userId) {
    ConsumptionProbe probe = buckets.get(userId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      throw new UploadRateExceededException("upload rate limit reached: at most " + limits.uploadsPerUser()
          + " evidence uploads per user within " + human(limits.uploadWindow()) + "; try again in "
          + Math.max(1, (wait.toMillis() + 999) / 1000) + " s", wait);
    }
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(limits.uploadsPerUser())
            .refillGreedy(limits.uploadsPerUser(), limits.uploadWindow()).build())
        .build();
  }

  private static String human(Duration d) {
    return d.toSecondsPart() == 0 && d.toMinutes() > 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }
}
