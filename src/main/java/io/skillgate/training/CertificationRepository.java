package io.skillgate.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The certification table. */
@Repository
public class CertificationRepository {

  private static final RowMapper<Certification> CERTIFICATION = (rs, i) -> new Certification(
      rs.getLong("id"), rs.getString("contract_id"), rs.getString("member_id"), rs.getLong("milestone_id"),
      rs.getString("cert_key"), rs.getString("issuer"), rs.getString("credential_id"),
      rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
      rs.getObject("evidence_id", Long.class));

  private final JdbcClient jdbc;

  public CertificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Milestone m, String issuer, String credentialId, LocalDate issuedOn, LocalDate expiresOn,
      Long evidenceId, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO certification (contract_id, member_id, milestone_id, cert_key, issuer, credential_id, "
            + "issued_on, expires_on, evidence_id, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .params(m.contractId(), m.memberId(), m.id(), m.requirementKey(), issuer, credentialId, issuedOn, expiresOn,
            evidenceId, Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public List<Certification> ofContract(String contractId) {
    return jdbc.sql("SELECT * FROM certification WHERE contract_id = ? ORDER BY id")
        .param(contractId).query(CERTIFICATION).list();
  }

  public Certification get(long id) {
    return jdbc.sql("SELECT * FROM certification WHERE id = ?").param(id).query(CERTIFICATION).single();
  }
}
