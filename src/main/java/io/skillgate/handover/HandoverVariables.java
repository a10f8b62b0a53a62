package io.skillgate.handover;

import io.skillgate.platform.engine.Var;

/** Names of the process variables of {@code ExitHandoverProcess}. */
public final class HandoverVariables {

  public static final String PROCESS_KEY = "ExitHandoverProcess";
  /** The message the programme waits for; correlated by business key = contract id. */
  public static final String TERMINATED_MESSAGE = "ContractTerminated";

  /** Shared keys (contractId, vendorGroup, effectiveEndDate, terminationReason): platform.engine.ProcessVariables. */
  public static final String TERMINATED = "terminated";

  /** Deadlines (java.util.Date), computed when the checklist is prepared. */
  public static final String ITEMS_DUE = "itemsDue";
  public static final String SIGN_OFF_DUE = "signOffDue";
  public static final String REVOKE_ACCESS_DUE = "revokeAccessDue";
  public static final String REVIEW_DAYS = "reviewDays";

  /** Per checklist item (local to one instance of the item sub-process). */
  public static final Var<Long> HANDOVER_ITEM_ID = Var.of("handoverItemId", Long.class);
  public static final String ITEM_LOCATION = "itemLocation";
  public static final String DELIVERY_NOTE = "deliveryNote";
  /** "accept" or "refuse", chosen by the client's reviewer. */
  public static final String ITEM_DECISION = "itemDecision";
  public static final String REFUSAL_REASON = "refusalReason";

  /** Per system whose access is revoked (local to one instance of the revocation task). */
  public static final String SYSTEM = "system";

  public static final String CLIENT_SIGNATORY = "clientSignatory";
  public static final String VENDOR_SIGNATORY = "vendorSignatory";

  private HandoverVariables() {}
}
