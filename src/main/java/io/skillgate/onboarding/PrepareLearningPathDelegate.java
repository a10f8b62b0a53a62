package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

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
    Long onboardingId = onboarding.prepare((String) execution.getVariable(CONTRACT_ID),
        (String) execution.getVariable(MEMBER_ID), execution.getProcessInstanceId());
    execution.setVariable(MEMBER_ACTIVE, onboardingId != null);
    if (onboardingId != null) {
      execution.setVariable(ONBOARDING_ID, onboardingId);
    }
  }
}
