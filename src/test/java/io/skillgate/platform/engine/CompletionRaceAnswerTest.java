package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.skillgate.support.SkillGateTest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The loser of a completion race can meet whatever the engine trips over once the winner has
 * committed, a NullPointerException among them (seen: the task's execution already removed).
 * It is told the task is gone (409); the same error anywhere else keeps Camunda's 500.
 */
@SkillGateTest
class CompletionRaceAnswerTest {

  private final NullPointerException engineTrip = new NullPointerException("\"execution\" is null");

  @Test
  void aRuntimeErrorWhileCompletingATaskThatIsGoneIsAConflict() {
    Response answer = answerFor("task/" + UUID.randomUUID() + "/complete");

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(answer.getEntity().toString()).contains("no longer open");
  }

  @Test
  void theSameErrorOutsideACompletionStaysAServerError() {
    assertThat(answerFor("process-instance/" + UUID.randomUUID() + "/variables").getStatus()).isEqualTo(500);
  }

  private Response answerFor(String path) {
    EngineRestErrors.OtherRuntimeExceptions mapper = new EngineRestErrors.OtherRuntimeExceptions();
    mapper.request = mock(UriInfo.class);
    when(mapper.request.getPath()).thenReturn(path);
    return mapper.toResponse(engineTrip);
  }
}
