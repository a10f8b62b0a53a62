package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A check's words about variables, said with the labels of the task's form. */
class TaskFormRefusalsTest {

  final Map<String, String> labels = new LinkedHashMap<>(Map.of(
      "certIssuedOn", "Issued on", "certExpiresOn", "Expires on", "note", "Note", "noteShown", "Earlier note"));

  @Test
  void eachKeyBecomesItsLabel() {
    assertThat(TaskFormRefusals.inLabels("certExpiresOn must be after certIssuedOn", labels))
        .isEqualTo("“Expires on” must be after “Issued on”");
    assertThat(TaskFormRefusals.inLabels("note: must be at most 5 characters", labels))
        .isEqualTo("“Note” must be at most 5 characters");
  }

  @Test
  void onlyWholeKeysAreReplaced() {
    assertThat(TaskFormRefusals.inLabels("noteShown is required", labels)).isEqualTo("“Earlier note” is required");
    assertThat(TaskFormRefusals.inLabels("notes is required", labels)).isEqualTo("notes is required");
  }

  @Test
  void engineCodesAndLineBreaksGo() {
    assertThat(TaskFormRefusals.plain("ENGINE-03051 There was\nan exception")).isEqualTo("There was an exception");
  }
}
