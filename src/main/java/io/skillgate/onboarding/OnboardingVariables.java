package io.skillgate.onboarding;

/** Names of the process variables and messages of {@code MemberOnboardingProcess}. */
public final class OnboardingVariables {

  public static final String PROCESS_KEY = "MemberOnboardingProcess";
  /** Interrupts a member's onboarding when they leave the team (event sub-process). */
  public static final String MEMBER_LEFT_MESSAGE = "OnboardingMemberLeft";

  /** Passed in by the caller (ContractProgrammeProcess or a mid-contract join). */
  public static final String CONTRACT_ID = "contractId";
  public static final String MEMBER_ID = "memberId";
  public static final String VENDOR_GROUP = "vendorGroup";

  /** Set by "Prepare learning path": the onboarding record's id, and whether the member is still active. */
  public static final String ONBOARDING_ID = "onboardingId";
  public static final String MEMBER_ACTIVE = "memberActive";
  /** Multi-instance element: the id of the learning path item worked on. */
  public static final String ITEM_ID = "itemId";

  /** "Provision access and tools" form. */
  public static final String ACCESS_PROVISIONED = "accessProvisioned";
  public static final String ACCESS_NOTE = "accessNote";

  /** "Record evidence" form (local to one item's sub-process instance). */
  public static final String EVIDENCE_DATE = "evidenceDate";
  public static final String EVIDENCE_MINUTES = "evidenceMinutes";
  public static final String EVIDENCE_WITH = "evidenceWith";
  public static final String EVIDENCE_REFERENCE = "evidenceReference";

  /** "Sign off item" form: "accept" or "return" (local to one item's sub-process instance). */
  public static final String ITEM_DECISION = "itemDecision";
  public static final String ITEM_RETURN_REASON = "itemReturnReason";

  /** "Approve onboarding" form: "approve" or "return", with a reason and the item keys to redo. */
  public static final String ONBOARDING_DECISION = "onboardingDecision";
  public static final String ONBOARDING_RETURN_REASON = "onboardingReturnReason";
  public static final String RETURN_ITEMS = "returnItems";

  /** Task-local variables shown on the forms (set when a task is created). */
  public static final String MEMBER_NAME = "memberName";
  public static final String MEMBER_ROLE = "memberRole";
  public static final String ITEM_TITLE = "itemTitle";
  public static final String ITEM_KIND = "itemKind";
  public static final String ITEM_DELIVERY = "itemDelivery";
  public static final String ITEM_BUDDY = "itemBuddy";
  public static final String ITEM_EVIDENCE = "itemEvidence";
  public static final String LEARNING_PATH_SUMMARY = "learningPathSummary";
  /** Task-local id of the item a "Record evidence" task is for, so the evidence API can find the task. */
  public static final String TASK_ITEM_ID = "onboardingItemId";
  private OnboardingVariables() {}
}
