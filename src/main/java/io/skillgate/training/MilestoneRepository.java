package io.skillgate.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The training_milestone table. */
@Repository
public class MilestoneRepository {

  private static final RowMapper<Milestone> MILESTONE = (rs, i) -> new Milestone(
      rs.getLong("id"), rs.getString("contract_id"), rs.getString("phase_key"), rs.getString("member_id"),
      MilestoneKind.valueOf(rs.getString("kind")), rs.getString("requirement_key"), rs.getString("name"),
      rs.getString("source"), rs.getString("assessment_kind"), rs.getObject("pass_mark", Integer.class),
      rs.getObject("max_attempts", Integer.class), rs.getObject("due_date", LocalDate.class),
      MilestoneStatus.valueOf(rs.getString("status")), rs.getBoolean("missed"),
      rs.getObject("completed_on", LocalDate.class), rs.getString("note"));

  private final JdbcClient jdbc;

  public MilestoneRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String contractId, String phaseKey, String memberId, RequiredTraining r, LocalDate due,
      Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO training_milestone (contract_id, phase_key, member_id, kind, requirement_key, name, source, "
            + "assessment_kind, pass_mark, max_attempts, due_date, status, missed, created_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(contractId, phaseKey, memberId, r.kind().name(), r.key(), r.name(), r.source(), r.assessmentKind(),
            r.passMark(), r.maxAttempts(), due, MilestoneStatus.OPEN.name(), false, Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Milestone> find(long id) {
    return jdbc.sql("SELECT * FROM training_milestone WHERE id = ?").param(id).query(MILESTONE).optional();
  }

  public Milestone get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no training milestone " + id));
  }

  /** The milestones gating a phase, in a stable order. */
  public List<Milestone> ofPhase(String contractId, String phaseKey) {
    return jdbc.sql("SELECT * FROM training_milestone WHERE contract_id = ? AND phase_key = ? ORDER BY id")
        .params(contractId, phaseKey).query(MILESTONE).list();
  }

  public List<Milestone> ofContract(String contractId) {
    return jdbc.sql("SELECT * FROM training_milestone WHERE contract_id = ? ORDER BY id")
        .param(contractId).query(MILESTONE).list();
  }

  public void markMissed(long id) {
    jdbc.sql("UPDATE training_milestone SET missed = ? WHERE id = ?").params(true, id).update();
  }

  /** Closes a milestone; only an OPEN one changes, so a replayed call changes nothing. */
  public boolean close(long id, MilestoneStatus status, LocalDate on, String note) {
    return jdbc.sql("UPDATE training_milestone SET status = ?, completed_on = ?, note = ? WHERE id = ? AND status = ?")
        .params(status.name(), on, note == null ? null : note.substring(0, Math.min(note.length(), 2000)), id,
            MilestoneStatus.OPEN.name())
        .update() == 1;
  }
}
