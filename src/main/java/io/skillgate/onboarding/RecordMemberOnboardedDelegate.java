package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
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
    onboarding.recordOnboarded(ProcessContract.of(execution), ProcessVariables.MEMBER_ID.get(execution));
  }
}
