package io.skillgate.handover;

/** Names of the process variables of {@code ExitHandoverProcess}. */
public final class HandoverVariables {

  public static final String PROCESS_KEY = "ExitHandoverProcess";
  /** The message the programme waits for; correlated by business key = contract id. */
  public static final String TERMINATED_MESSAGE = "ContractTerminated";

  /** In-variables, set by the programme's call activity (or by a termination). */
  public static final String CONTRACT_ID = "contractId";
  public static final String VENDOR_GROUP = "vendorGroup";
  /** A java.util.Date: the day the contract ends, by its end date or by termination. */
  public static final String EFFECTIVE_END_DATE = "effectiveEndDate";
  public static final String TERMINATED = "terminated";
  /** Sent with the ContractTerminated message. */
  public static final String TERMINATION_REASON = "terminationReason";

  /** Deadlines (java.util.Date), computed when the checklist is prepared. */
  public static final String ITEMS_DUE = "itemsDue";
  public static final String SIGN_OFF_DUE = "signOffDue";
  public static final String REVOKE_ACCESS_DUE = "revokeAccessDue";
  public static final String REVIEW_DAYS = "reviewDays";

  /** Per checklist item (local to one instance of the item sub-process). */
  public static final String HANDOVER_ITEM_ID = "handoverItemId";
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
