package io.skillgate.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL 15 cluster of the test's own (initdb + pg_ctl in a temporary directory, on a free
 * port, trust authentication). Stopping it for the outage test affects nobody else on the machine.
 * When the server binaries are not installed the fault tests are skipped with a message.
 */
final class PrivatePostgres implements AutoCloseable {

  private static final Path BIN = Path.of(System.getProperty("skillgate.pg-bin", "/usr/lib/postgresql/15/bin"));
  /** initdb and postgres refuse to run as root; as root the cluster belongs to this OS user. */
  private static final String OS_USER = "postgres";

  private final Path dataDir;
  private final int port;

  private PrivatePostgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** Creates and starts a fresh cluster, or skips the calling test when that is impossible here. */
  static PrivatePostgres startOrSkip() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("pg_ctl")) && Files.isExecutable(BIN.resolve("initdb")),
        "fault tests skipped: PostgreSQL server binaries not found under " + BIN
            + " (install postgresql-15 or set -Dskillgate.pg-bin=...)");
    Path dir = Files.createTempDirectory("skillgate-fault-pg");
    PrivatePostgres pg = new PrivatePostgres(dir.resolve("data"), freePort());
    if (isRoot()) {
      run(List.of("chown", "-R", OS_USER, dir.toString()), false);
    }
    pg.pg(List.of(BIN.resolve("initdb").toString(), "-D", pg.dataDir.toString(), "-A", "trust", "-U", "postgres",
        "-E", "UTF8", "--no-sync"));
    pg.start();
    return pg;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = connect("postgres")) {
      c.createStatement().execute("CREATE DATABASE " + name);
    }
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
  }

  void start() throws Exception {
    pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60", "-l",
        dataDir.getParent().resolve("server.log").toString(),
        "-o", "-p " + port + " -k " + dataDir.getParent() + " -c listen_addresses=127.0.0.1 -c max_connections=200"
            + " -c fsync=off", "start"));
  }

  /** A fast shutdown: open connections are cut, as when the database host goes away. */
  void stop() throws Exception {
    pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-m", "fast", "stop"));
  }

  @Override
  public void close() throws Exception {
    try {
      if (Files.exists(dataDir.resolve("postmaster.pid"))) {
        pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-m", "immediate", "stop"));
      }
    } finally {
      run(List.of("rm", "-rf", dataDir.getParent().toString()), false);
    }
  }

  private void pg(List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("runuser", "-u", OS_USER, "--"));
    }
    full.addAll(command);
    run(full, true);
  }

  private static void run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    if (mustSucceed && p.exitValue() != 0) {
      throw new IllegalStateException(command + " failed (" + p.exitValue() + "): " + out);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
