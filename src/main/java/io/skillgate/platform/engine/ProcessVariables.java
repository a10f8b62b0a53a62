package io.skillgate.platform.engine;

import java.util.Date;

/**
 * The process variables that more than one feature's processes share; each feature's own keys
 * stay in its {@code *Variables} class. A key is declared once in the whole application
 * ({@code VariableCatalogueTest} fails the build otherwise).
 *
 * <p>The contract a process works for is not read from {@code contractId}: it is the business key,
 * read with {@link ProcessContract#of}. The variable is still set for the models' expressions.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** The contract's id; set on every process for its expressions (read the contract with {@link ProcessContract}). */
  public static final Var<String> CONTRACT_ID = Var.of("contractId", String.class);
  /** The vendor's candidate group for the process's vendor tasks. */
  public static final Var<String> VENDOR_GROUP = Var.of("vendorGroup", String.class);
  public static final Var<String> MEMBER_ID = Var.of("memberId", String.class);
  public static final Var<String> MEMBER_NAME = Var.of("memberName", String.class);
  public static final Var<Long> MILESTONE_ID = Var.of("milestoneId", Long.class);
  /** The contract's last day (after a termination, the agreed end). */
  public static final Var<Date> EFFECTIVE_END_DATE = Var.of("effectiveEndDate", Date.class);
  public static final Var<String> TERMINATION_REASON = Var.of("terminationReason", String.class);
  /** Whether the milestone's assessment was passed (the assessment's DMN decides, the training process branches). */
  public static final Var<Boolean> ASSESSMENT_PASSED = Var.of("assessmentPassed", Boolean.class);
}
