package io.skillgate.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The training_evidence table. Files live in the database (BYTEA, understood by H2 and
 * PostgreSQL) so that every node of a cluster serves them without a shared disk.
 */
@Repository
public class EvidenceRepository {

  private static final String COLUMNS =
      "id, contract_id, member_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";
  private static final RowMapper<EvidenceFile> FILE = (rs, i) -> new EvidenceFile(
      rs.getLong("id"), rs.getString("contract_id"), rs.getString("member_id"), rs.getString("file_name"),
      rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
      rs.getTimestamp("uploaded_at").toInstant());

  private static final RowMapper<EvidenceUsage> USAGE = (rs, i) -> new EvidenceUsage(rs.getLong(1), rs.getLong(2));

  private final JdbcClient jdbc;

  public EvidenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String contractId, String memberId, String fileName, String contentType, byte[] content,
      String sha256, String uploadedBy, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO training_evidence (contract_id, member_id, file_name, content_type, size_bytes, sha256, "
            + "content, uploaded_by, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(contractId, memberId, fileName, contentType, (long) content.length, sha256, content, uploadedBy,
            Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Locks the contract's row until the transaction ends: uploads to one contract take turns at the
   * quota check (the contract exists: the caller checked access to it).
   */
  public void lockContract(String contractId) {
    jdbc.sql("SELECT id FROM contract WHERE id = ? FOR UPDATE").param(contractId).query(String.class).list();
  }

  EvidenceUsage usageOfMember(String contractId, String memberId) {
    return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM training_evidence WHERE contract_id = ? AND member_id = ?")
        .params(contractId, memberId).query(USAGE).single();
  }

  EvidenceUsage usageOfContract(String contractId) {
    return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM training_evidence WHERE contract_id = ?")
        .param(contractId).query(USAGE).single();
  }

  /** A member's files (metadata only), oldest first. */
  public List<EvidenceFile> ofMember(String contractId, String memberId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM training_evidence WHERE contract_id = ? AND member_id = ? ORDER BY id")
        .params(contractId, memberId).query(FILE).list();
  }

  public Optional<EvidenceFile> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM training_evidence WHERE id = ?").param(id).query(FILE).optional();
  }

  public byte[] content(long id) {
    return jdbc.sql("SELECT content FROM training_evidence WHERE id = ?").param(id)
        .query((rs, i) -> rs.getBytes(1)).single();
  }
}
