/**
 * SkillGate, packaged by feature.
 *
 * <p>Each top-level package is a feature ({@code contract}, {@code onboarding}, {@code training},
 * {@code incentive}, {@code reporting}, {@code handover}, {@code notification}, {@code worklist},
 * {@code intake}, {@code admin}) except {@code platform}, which holds what every feature
 * shares: the engine wiring and its internals ({@code platform.engine}), security, identity and
 * the web setup.
 *
 * <p>Rule: a feature depends on {@code platform} and on other features' ports, never on their
 * other types. A port is a type annotated {@link io.skillgate.platform.Port @Port}; the
 * annotation's documentation says when to add one. {@code FeatureBoundariesTest} enforces the
 * rule, and {@code docs/architecture.md} draws the resulting imports.
 */
package io.skillgate;
