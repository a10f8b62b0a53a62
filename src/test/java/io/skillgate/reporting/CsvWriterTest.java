package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CSV quoting and spreadsheet formula neutralisation. */
class CsvWriterTest {

  @Test
  void formulaLikeTextIsDefused() {
    for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
      assertThat(CsvWriter.neutralise(start + "1+1")).startsWith("'");
    }
    assertThat(CsvWriter.neutralise("Ava")).isEqualTo("Ava");
  }

  @Test
  void cellsWithSeparatorsAreQuoted() {
    String csv = new CsvWriter(4).text("a,b").text("say \"hi\"").text("two\nlines").number(new BigDecimal("-2.5"))
        .endRow().text("x").endRow().toString();

    assertThat(csv).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",-2.5\r\nx,,,\r\n");
  }
}
