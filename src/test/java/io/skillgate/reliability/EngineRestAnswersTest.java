package io.skillgate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.engine.EngineRestErrors;
import io.skillgate.support.Api;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionSystemException;

/** The engine REST answers the fault tests rely on, checked in the fast suite. */
@SkillGateTest
class EngineRestAnswersTest {

  @Autowired Api api;

  @Test
  void completingATaskThatIsAlreadyCompletedIsAConflictNotAServerError() {
    String taskId = UUID.randomUUID().toString();
    assertThat(api.post(TestSupport.ADMIN, "/engine-rest/task/create",
        "{\"id\":\"" + taskId + "\",\"name\":\"Race\",\"assignee\":\"admin\"}").status()).isEqualTo(204);
    assertThat(api.post(TestSupport.ADMIN, "/engine-rest/task/" + taskId + "/complete", "{}").status()).isEqualTo(204);

    Api.Response second = api.post(TestSupport.ADMIN, "/engine-rest/task/" + taskId + "/complete", "{}");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("message").asText()).contains("no longer open");
  }

  @Test
  void aConnectionDroppedMidRequestCountsAsTheDatabaseBeingUnreachable() {
    // What PostgreSQL stopping under a running query looks like: the query's I/O error is kept
    // aside by Spring because the rollback on the dead connection failed too.
    SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006",
        new SocketException("Broken pipe"));
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEngineException("persistence", new PersistenceException(io)));

    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("persistence", rollback))).isTrue();
    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("persistence",
        new SQLException("syntax error at or near \"selec\"", "42601")))).isFalse();
    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("no such task"))).isFalse();
  }

  @Test
  void aQueryEndedByTheDatabaseShuttingDownCountsAsTheDatabaseBeingUnreachable() {
    // Seen in the fault test: a process start running while PostgreSQL was stopped.
    SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEngineException("persistence", new PersistenceException(shutdown)));

    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("persistence", rollback))).isTrue();
    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("persistence",
        new SQLException("canceling statement due to user request", "57014")))).isFalse();
  }

  @Test
  void aCommitOnADroppedConnectionCountsAsTheDatabaseBeingUnreachable() {
    // Also seen there, in the password check of /engine-rest: the commit failed, Spring only logged it
    // and threw the failed rollback, whose cause is the pool's closed connection (no SQLState).
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));

    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("persistence", rollback))).isTrue();
    assertThat(EngineRestErrors.databaseUnreachable(new ProcessEngineException("persistence",
        new TransactionSystemException("no transaction is active")))).isFalse();
  }
}
