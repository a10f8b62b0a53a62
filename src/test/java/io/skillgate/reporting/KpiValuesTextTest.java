package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "key = value" lines of the vendor's report form. */
class KpiValuesTextTest {

  static final List<String> KEYS = List.of("csat", "error-rate");

  @Test
  void readsEveryKeyOnce() {
    KpiValuesText.Parsed p = KpiValuesText.parse("csat = 80\r\n\n  error-rate=4,5  \n", KEYS);

    assertThat(p.ok()).isTrue();
    assertThat(p.values().get("csat")).isEqualByComparingTo("80");
    assertThat(p.values().get("error-rate")).as("a decimal comma is accepted").isEqualByComparingTo("4.5");
  }

  @Test
  void templateReadsBackAsMissingValues() {
    KpiValuesText.Parsed p = KpiValuesText.parse(KpiValuesText.template(KEYS), KEYS);

    assertThat(p.problems()).containsExactly("csat has no value", "error-rate has no value");
  }

  @Test
  void namesEveryProblem() {
    KpiValuesText.Parsed p = KpiValuesText.parse("csat = 80\ncsat = 81\nspeed = 3\nerror-rate = 1.234", KEYS);

    assertThat(p.problems()).containsExactly("csat is given twice", "line 3: 'speed' is not a KPI of this contract",
        "error-rate must be a number below 1,000,000,000 with at most 2 decimals");
  }

  @Test
  void nothingGivenMeansEverythingMissing() {
    assertThat(KpiValuesText.parse(null, KEYS).problems()).containsExactly("csat is missing", "error-rate is missing");
  }
}
