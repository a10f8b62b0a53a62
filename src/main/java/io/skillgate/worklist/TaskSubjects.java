package io.skillgate.worklist;

import io.skillgate.platform.engine.ProcessContract;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out what a task is about from the variables every SkillGate process already carries
 * (contractId, memberId, and the id of whatever the task is for), looking the names up in
 * SkillGate's own tables. It knows no task ids and no models, so a reshaped or new process gets
 * the same naming as long as it keeps those variables.
 */
@Component
public class TaskSubjects {

  private final JdbcClient jdbc;

  public TaskSubjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public TaskSubject of(DelegateTask task) {
    String contractId = ProcessContract.of(task);
    String title = contractId == null ? null : string("SELECT title FROM contract WHERE id = ?", contractId).orElse(null);
    return new TaskSubject(contractId, title, member(task, contractId), item(task));
  }

  private String member(VariableScope task, String contractId) {
    String memberId = text(task.getVariable("memberId"));
    if (memberId == null) {
      return null;
    }
    String named = text(task.getVariable("memberName"));
    if (named != null) {
      return named;
    }
    return string("SELECT name FROM contract_member WHERE contract_id = ? AND member_id = ?", contractId, memberId)
        .orElse(memberId);
  }

  /** The most specific thing the task is for; the first of these variables that is set wins. */
  private String item(VariableScope task) {
    Long onboardingItem = number(task.getVariable("itemId"));
    if (onboardingItem != null) {
      return string("SELECT title FROM onboarding_item WHERE id = ?", onboardingItem).orElse(null);
    }
    Long milestone = number(task.getVariable("milestoneId"));
    if (milestone != null) {
      String name = text(task.getVariable("milestoneName"));
      return name != null ? name : string("SELECT name FROM training_milestone WHERE id = ?", milestone).orElse(null);
    }
    Long handoverItem = number(task.getVariable("handoverItemId"));
    if (handoverItem != null) {
      return string("SELECT title FROM handover_item WHERE id = ?", handoverItem).orElse(null);
    }
    String system = text(task.getVariable("system"));
    if (system != null) {
      return "Access to " + system;
    }
    String period = text(task.getVariable("periodLabel"));
    if (period != null) {
      return period;
    }
    String phase = text(task.getVariable("phaseName"));
    return phase == null ? null : "Phase " + phase;
  }

  private Optional<String> string(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(String.class).optional().map(String::trim).filter(s -> !s.isEmpty());
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Long number(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && s.matches("\\d{1,18}")) {
      return Long.valueOf(s);
    }
    return null;
  }
}
