package io.skillgate.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Only process admins ({@code camunda-admin}) may call this operation; others get 403. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('" + SkillGateUser.ADMIN_GROUP + "')")
public @interface AdminOnly {

  String MESSAGE = "only process admins (group " + SkillGateUser.ADMIN_GROUP + ") may do this";
}
