package io.skillgate.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only the client's side (reviewers) and process admins may call this operation: registering,
 * terminating and evaluating contracts, confirming incentive statements; vendors get 403.
 *
 * <p>Where the operation concerns one contract, put it on the service method that the controller
 * calls after {@code ContractAccess.visible}: another vendor's contract then stays a 404, and
 * the 403 only tells a vendor what it may not do with its own contract.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(ClientOnly.RULE)
public @interface ClientOnly {

  String RULE = "hasAnyAuthority('" + SkillGateUser.REVIEWER_GROUP + "', '" + SkillGateUser.ADMIN_GROUP + "')";

  String MESSAGE = "only the client's reviewers and admins may do this";
}
