package io.skillgate.benchmark;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The local SMTP server of the benchmarks, on the port the benchmark profile gives spring.mail.port. */
final class BenchmarkSmtp {

  private BenchmarkSmtp() {}

  static GreenMailExtension server() {
    return new GreenMailExtension(ServerSetupTest.SMTP.port(Integer.getInteger("spring.mail.port", 3925)));
  }
}
