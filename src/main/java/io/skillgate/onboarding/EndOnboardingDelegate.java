package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
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
    onboarding.recordEnded(ProcessContract.of(execution), ProcessVariables.MEMBER_ID.get(execution));
  }
}
