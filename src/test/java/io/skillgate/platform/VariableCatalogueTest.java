package io.skillgate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import io.skillgate.platform.engine.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One variable catalogue: every process variable key is declared once, in one {@code *Variables}
 * class (shared keys in {@code platform.engine.ProcessVariables}, each feature's own in its
 * class). A key is a {@code static final String} or {@link Var} field of such a class whose value
 * is camelCase; PascalCase values are process, decision and message ids, not variables.
 */
class VariableCatalogueTest {

  @Test
  void noKeyIsDeclaredTwice() throws Exception {
    Map<String, List<String>> declarations = new TreeMap<>();
    for (JavaClass type : FeatureBoundariesTest.MAIN) {
      if (!type.getSimpleName().endsWith("Variables")) {
        continue;
      }
      Class<?> loaded = type.reflect();
      for (JavaField field : type.getFields()) {
        if (!field.getModifiers().containsAll(List.of(JavaModifier.STATIC, JavaModifier.FINAL))) {
          continue;
        }
        String key = key(field.reflect().trySetAccessible() ? field.reflect().get(null) : null);
        if (key != null && key.matches("[a-z][A-Za-z0-9]*")) {
          declarations.computeIfAbsent(key, k -> new ArrayList<>()).add(loaded.getSimpleName() + "." + field.getName());
        }
      }
    }
    assertThat(declarations).as("variable keys").isNotEmpty();
    assertThat(declarations).as("keys declared more than once").allSatisfy((key, where) -> assertThat(where).hasSize(1));
  }

  private static String key(Object value) {
    if (value instanceof Var<?> v) {
      return v.name();
    }
    return value instanceof String s ? s : null;
  }
}
