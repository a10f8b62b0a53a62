package io.skillgate.reporting;

/**
 * Which part of a contract a KPI set covers: all null is the whole contract. A phase narrows
 * milestones, assessments and training requirements (by the phase they lead into); a role or a
 * member narrows everything. Retention and certification coverage have no phase.
 */
public record KpiScope(String phase, String role, String memberId) {

  public static final KpiScope CONTRACT = new KpiScope(null, null, null);

  public static KpiScope phase(String phase) {
    return new KpiScope(phase, null, null);
  }

  public static KpiScope role(String role) {
    return new KpiScope(null, role, null);
  }

  public static KpiScope member(String memberId) {
    return new KpiScope(null, null, memberId);
  }

  boolean covers(String phase, String role, String memberId) {
    return (this.phase == null || this.phase.equals(phase))
        && (this.role == null || this.role.equals(role))
        && (this.memberId == null || this.memberId.equals(memberId));
  }

  boolean coversMember(String role, String memberId) {
    return (this.role == null || this.role.equals(role)) && (this.memberId == null || this.memberId.equals(memberId));
  }
}
