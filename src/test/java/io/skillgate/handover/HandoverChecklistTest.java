package io.skillgate.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lists shown on handover forms fit the engine's 4000-character text variables. */
class HandoverChecklistTest {

  @Test
  void shortListsAreShownWhole() {
    assertThat(HandoverChecklist.fitForForm(List.of("Ava Agent (NW-A01)", "Ben Agent (NW-A02)")))
        .isEqualTo("Ava Agent (NW-A01)\nBen Agent (NW-A02)");
  }

  @Test
  void aTwoHundredMemberTeamIsCutAtALineAndPointsToTheReport() {
    List<String> members = IntStream.rangeClosed(1, 200)
        .mapToObj(i -> "Member with a fairly long name number " + i + " (NW-" + i + ")").toList();

    String text = HandoverChecklist.fitForForm(members);

    assertThat(text.length()).isLessThanOrEqualTo(4000);
    assertThat(text).startsWith(members.get(0)).endsWith("more: see the handover report");
    int shown = (int) text.lines().count() - 1;
    assertThat(text).contains("... and " + (200 - shown) + " more");
  }
}
