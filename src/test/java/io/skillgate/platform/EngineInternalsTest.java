package io.skillgate.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/**
 * The engine's internal packages ({@code org.camunda.bpm.engine.impl..}) change between engine
 * versions without notice. Only {@code io.skillgate.platform.engine} and its subpackages may use
 * them (engine plugins, model checks, the login throttle, and the small adapters
 * {@code EngineAccess}, {@code InCommand} and {@code ActingUser} that give the rest of SkillGate
 * what the public API lacks), so an engine upgrade has one place to check.
 */
class EngineInternalsTest {

  @Test
  void onlyPlatformEngineUsesEngineInternals() {
    noClasses().that().resideOutsideOfPackage("io.skillgate.platform.engine..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .check(FeatureBoundariesTest.MAIN);
  }
}
