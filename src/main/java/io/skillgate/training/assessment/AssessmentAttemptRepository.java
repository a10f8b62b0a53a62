package io.skillgate.training.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment_attempt table. */
@Repository
public class AssessmentAttemptRepository {

  private static final RowMapper<AssessmentAttempt> ATTEMPT = (rs, i) -> new AssessmentAttempt(
      rs.getLong("id"), rs.getLong("milestone_id"), rs.getString("contract_id"), rs.getString("member_id"),
      rs.getString("module"), rs.getInt("attempt"), rs.getInt("score"), rs.getString("assessor"),
      rs.getString("outcome"), rs.getTimestamp("recorded_at").toInstant());

  private final JdbcClient jdbc;

  public AssessmentAttemptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(long milestoneId, String contractId, String memberId, String module, int attempt, int score,
      String assessor, String outcome, Instant now) {
    jdbc.sql("INSERT INTO assessment_attempt (milestone_id, contract_id, member_id, module, attempt, score, assessor, "
            + "outcome, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(milestoneId, contractId, memberId, module, attempt, score, assessor, outcome, Timestamp.from(now))
        .update();
  }

  public List<AssessmentAttempt> ofContract(String contractId) {
    return jdbc.sql("SELECT * FROM assessment_attempt WHERE contract_id = ? ORDER BY id")
        .param(contractId).query(ATTEMPT).list();
  }

  public List<AssessmentAttempt> ofMilestone(long milestoneId) {
    return jdbc.sql("SELECT * FROM assessment_attempt WHERE milestone_id = ? ORDER BY id")
        .param(milestoneId).query(ATTEMPT).list();
  }
}
