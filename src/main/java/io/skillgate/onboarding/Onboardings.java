package io.skillgate.onboarding;

import io.skillgate.platform.Port;
import java.util.Optional;

/** What other features may read about a member's onboarding. Implemented by the onboarding repository. */
@Port
public interface Onboardings {

  Optional<OnboardingRecord> findByMember(String contractId, String memberId);

}
