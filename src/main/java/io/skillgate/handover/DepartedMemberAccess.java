package io.skillgate.handover;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import io.skillgate.onboarding.MemberLeftEvent;
import io.skillgate.onboarding.OnboardingRecord;
import io.skillgate.onboarding.Onboardings;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member who leaves keeps no access to the client's systems. The client owns those systems (as
 * at exit, where reviewers revoke every member's access), so when a member whose access was
 * provisioned leaves, a client reviewer gets "Revoke system access" for that member, due the
 * contract's {@code exit.revokeAccessWithinDays} after the departure. Until it is done the handover
 * report lists the member's access as pending; a revocation still open at exit is covered by the
 * exit's own revoke task for the system.
 */
@Component
public class DepartedMemberAccess {

  public static final String PROCESS_KEY = "MemberAccessRevocationProcess";

  private final Contracts contracts;
  private final Onboardings onboardings;
  private final HandoverRepository handovers;
  private final RuntimeService runtime;

  public DepartedMemberAccess(Contracts contracts, Onboardings onboardings,
      HandoverRepository handovers, RuntimeService runtime) {
    this.contracts = contracts;
    this.onboardings = onboardings;
    this.handovers = handovers;
    this.runtime = runtime;
  }

  @EventListener
  void memberLeft(MemberLeftEvent event) {
    boolean provisioned = onboardings.findByMember(event.contractId(), event.memberId())
        .map(OnboardingRecord::accessProvisionedAt).isPresent();
    Contract.ExitTerms exit = contracts.findTerms(event.contractId()).map(Contract::exit).orElse(null);
    List<String> systems = exit == null || exit.systemsToRevoke() == null ? List.of() : exit.systemsToRevoke();
    if (!provisioned || systems.isEmpty()) {
      return;
    }
    TeamMember member = contracts.member(event.contractId(), event.memberId()).orElseThrow();
    for (String system : systems) {
      handovers.insertAccess(event.contractId(), system, member.memberId(), member.name());
    }
    int days = exit.revokeAccessWithinDays() == null ? 0 : exit.revokeAccessWithinDays();
    runtime.startProcessInstanceByKey(PROCESS_KEY, event.contractId(), Map.of(
        ProcessVariables.CONTRACT_ID.name(), event.contractId(),
        ProcessVariables.MEMBER_ID.name(), member.memberId(),
        "memberName", member.name() + " (" + member.memberId() + ")",
        "systems", String.join("\n", systems),
        "revokeAccessDue", due(event.leftOn().plusDays(days))));
  }

  /** The end of the due day, so a same-day revocation is on time whatever the hour. */
  private static Date due(LocalDate day) {
    return new Date(EngineClock.startOf(day.plusDays(1)).getTime() - 1000);
  }
}
