package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates: built-in defaults, admins' edited files, escaping. No Spring needed. */
class NoticeTemplatesTest {

  @TempDir Path dir;

  private final Map<String, Object> values = Map.of(
      "taskName", "Approve <plan>", "contractTitle", "A & B\r\nBcc: x@evil.example", "contractId", "C-1",
      "phase", "pilot", "dueDate", "Mon 1 Mar 2027 00:00", "link", "http://tasklist/#/?task=t1");

  @Test
  void builtInTemplatesEscapeHtmlAndKeepTheSubjectOnOneLine() {
    NoticeTemplates.Rendered r = templates().render(NoticeKind.TASK_CREATED, values);

    assertThat(r.subject()).isEqualTo("New task: Approve <plan> (A & B Bcc: x@evil.example)");
    assertThat(r.html()).contains("Approve &lt;plan&gt;").contains("A &amp; B").doesNotContain("<plan>");
    assertThat(r.text()).contains("Approve <plan>").contains("http://tasklist/#/?task=t1");
  }

  @Test
  void anEditedFileInTheTemplatesFolderWinsAndIsReadOnEveryRender() throws IOException {
    NoticeTemplates templates = templates();
    Files.writeString(dir.resolve("task-reminder.subject.mustache"), "Please look at {{taskName}}");
    assertThat(templates.render(NoticeKind.TASK_REMINDER, values).subject()).isEqualTo("Please look at Approve <plan>");

    Files.writeString(dir.resolve("task-reminder.subject.mustache"), "Due {{dueDate}}");
    NoticeTemplates.Rendered r = templates.render(NoticeKind.TASK_REMINDER, values);
    assertThat(r.subject()).isEqualTo("Due Mon 1 Mar 2027 00:00");
    assertThat(r.text()).contains("is due soon"); // body parts not overridden: built-in
  }

  @Test
  void everyKindHasItsThreeTemplates() {
    for (NoticeKind kind : NoticeKind.values()) {
      NoticeTemplates.Rendered r = templates().render(kind, values);
      assertThat(r.subject()).as(kind.name()).isNotBlank();
      assertThat(r.html()).as(kind.name()).contains("href=\"http://tasklist/#/?task&#x3D;t1\"");
      assertThat(r.text()).as(kind.name()).contains("http://tasklist/#/?task=t1");
    }
  }

  private NoticeTemplates templates() {
    return new NoticeTemplates(new NoticeSettings("from@example", dir, "R1/PT1M", 2));
  }
}
