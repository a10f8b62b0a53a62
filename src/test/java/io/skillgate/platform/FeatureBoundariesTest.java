package io.skillgate.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/**
 * Features depend on {@code platform} and on each other's ports only.
 *
 * <p>A feature is a top-level package under {@code io.skillgate} other than {@code platform}
 * (subpackages belong to it: {@code training.assessment} is training). A port is a type annotated
 * {@link Port @Port}, or a type nested in one. Any other dependency of one feature's class on
 * another feature's class (a field, a parameter, a call, an import used in code) fails this test:
 * either use a port, or mark the type {@code @Port} after asking whether it should be one.
 */
class FeatureBoundariesTest {

  static final String ROOT = "io.skillgate";

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void featuresUseOnlyEachOthersPorts() {
    classes().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT + ".platform..")
        .should(useOtherFeaturesOnlyThroughPorts())
        .check(MAIN);
  }

  /** A repository's tables are its feature's own: others get a narrow interface it implements. */
  @Test
  void repositoriesAreNotPorts() {
    classes().that().areAnnotatedWith(Repository.class)
        .should().notBeAnnotatedWith(Port.class)
        .check(MAIN);
  }

  /** The feature a class belongs to, if it belongs to one (not platform, not the root). */
  static Optional<String> featureOf(JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(ROOT + ".")) {
      return Optional.empty();
    }
    String feature = pkg.substring(ROOT.length() + 1).split("\\.")[0];
    return feature.equals("platform") ? Optional.empty() : Optional.of(feature);
  }

  static boolean isPort(JavaClass type) {
    JavaClass outermost = type;
    while (outermost.getEnclosingClass().isPresent()) {
      outermost = outermost.getEnclosingClass().get();
    }
    return outermost.isAnnotatedWith(Port.class);
  }

  static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughPorts() {
    return new ArchCondition<>("use other features only through their @Port types") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = featureOf(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          Optional<String> theirs = featureOf(target);
          if (own.isPresent() && theirs.isPresent() && !own.equals(theirs) && !isPort(target)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (" + target.getName()
                + " is not a @Port of " + theirs.get() + ")"));
          }
        }
      }
    };
  }
}
