package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Derives and stores the member's learning path; everything else is loaded from the contract's tables. */
@Component
public class PrepareLearningPathDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  public PrepareLearningPathDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long onboardingId = onboarding.prepare(ProcessContract.of(execution),
        ProcessVariables.MEMBER_ID.get(execution), execution.getProcessInstanceId());
    execution.setVariable(MEMBER_ACTIVE, onboardingId != null);
    if (onboardingId != null) {
      ONBOARDING_ID.set(execution, onboardingId);
    }
  }
}
