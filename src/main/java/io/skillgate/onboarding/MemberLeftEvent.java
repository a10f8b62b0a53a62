package io.skillgate.onboarding;

import io.skillgate.platform.Port;
import java.time.LocalDate;

/**
 * Published (Spring application event, inside the departure's transaction) when a member leaves
 * a contract, after their onboarding was ended: other features end their own work for the member
 * with an {@code @EventListener}.
 */
@Port
public record MemberLeftEvent(String contractId, String memberId, LocalDate leftOn, String reason, String actor) {}
