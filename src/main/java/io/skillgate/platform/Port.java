package io.skillgate.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that other features may use: a feature's published face. A feature (a top-level
 * package under {@code io.skillgate} other than {@code platform}) may depend on {@code platform}
 * and, in another feature, only on types marked {@code @Port} (a nested type counts through its
 * outermost class). Everything else is that feature's own business and may change without
 * notice. {@code FeatureBoundariesTest} fails the build on any other cross-feature dependency.
 *
 * <p>Mark a type only when another feature has a real need for it; prefer an interface the
 * providing feature implements (as {@code reporting.TrainingFacts}) over handing out a class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Port {
}
