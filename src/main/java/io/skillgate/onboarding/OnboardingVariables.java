package io.skillgate.onboarding;

import io.skillgate.platform.engine.Var;

/** Names of the process variables and messages of {@code MemberOnboardingProcess}. */
public final class OnboardingVariables {

  public static final String PROCESS_KEY = "MemberOnboardingProcess";
  /** Interrupts a member's onboarding when they leave the team (event sub-process). */
  public static final String MEMBER_LEFT_MESSAGE = "OnboardingMemberLeft";

  /** Set by "Prepare learning path": the onboarding record's id, and whether the member is still active. */
  public static final Var<Long> ONBOARDING_ID = Var.of("onboardingId", Long.class);
  public static final String MEMBER_ACTIVE = "memberActive";
  /** Set by "Approve onboarding"'s complete listener: the gateway's route (the form's decision is task-local). */
  public static final String ONBOARDING_APPROVED = "onboardingApproved";

  /** "Provision access and tools" form. */
  public static final String ACCESS_PROVISIONED = "accessProvisioned";
  public static final String ACCESS_NOTE = "accessNote";

  /**
   * "Record onboarding evidence" form, task-local: the checklist of the round's items (Markdown,
   * read-only; each waiting item links to the upload page, where its evidence is recorded).
   */
  public static final String EVIDENCE_CHECKLIST = "evidenceChecklist";
  /** Task-local: the ids of the items still waiting for evidence. */
  public static final String TASK_ITEM_IDS = "onboardingItemIds";

  /** "Approve onboarding" form: "approve" or "return", with a reason and the items (chosen from a list) to redo. */
  public static final String ONBOARDING_DECISION = "onboardingDecision";
  public static final String ONBOARDING_RETURN_REASON = "onboardingReturnReason";
  public static final String RETURN_ITEMS = "returnItems";
  /** Task-local: the options of {@link #RETURN_ITEMS} (label and item id). */
  public static final String RETURN_ITEM_CHOICES = "returnItemChoices";
  /** Task-local: the items, their evidence and links to files (Markdown), for the reviewer's form. */
  public static final String LEARNING_PATH_SUMMARY = "learningPathSummary";

  /** Task-local variables shown on the forms (set when a task is created). */
  public static final String MEMBER_ROLE = "memberRole";
  public static final String MEMBER_BUDDY = "memberBuddy";
  /**
   * Why the client returned items last time, an input of the evidence task; null on a first round
   * (the form hides it then). The task's email shows it under the same name as the plan's.
   */
  public static final String RETURNED_BECAUSE = "returnedBecause";
  /** What "Provision access and tools" has to set up: the client's systems and the role's tools. */
  public static final String SYSTEMS_TO_SET_UP = "systemsToSetUp";

  private OnboardingVariables() {}
}
