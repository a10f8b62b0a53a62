package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The member left: the event sub-process has already cancelled their open tasks; this marks the
 * onboarding ended and its unfinished items cancelled.
 */
@Component
public class EndOnboardingDelegate implements JavaDelegate {

  private final OnboardingService onboarding;

  public EndOnboardingDelegate(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    onboarding.recordEnded((String) execution.getVariable(CONTRACT_ID), (String) execution.getVariable(MEMBER_ID));
  }
}
