package io.skillgate.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only process admins ({@code camunda-admin}) may call this operation; others get 403. Where the
 * operation concerns one record that not everyone may see, put it on the service method called
 * after the visibility check, so the invisible record stays a 404 (see {@link ClientOnly}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(AdminOnly.RULE)
public @interface AdminOnly {

  String RULE = "hasAuthority('" + SkillGateUser.ADMIN_GROUP + "')";

  String MESSAGE = "only process admins (group " + SkillGateUser.ADMIN_GROUP + ") may do this";
}
