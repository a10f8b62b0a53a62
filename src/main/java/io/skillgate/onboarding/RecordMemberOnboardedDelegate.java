package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer approved the member's onboarding: recorded in the contract's history. */
@Component
public class RecordMemberOnboardedDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  public RecordMemberOnboardedDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.recordOnboarded((String) execution.getVariable(CONTRACT_ID), (String) execution.getVariable(MEMBER_ID));
  }
}
