package io.skillgate.worklist;

import java.util.List;

/**
 * Task-local variables that say what a task is about, set on every user task when it is created
 * ({@link TaskSubjectListener}). Tasklist's filters show them as columns, notices quote them, and
 * searching a filter by them finds a contract's or a member's tasks.
 */
public final class WorklistVariables {

  /** The contract's reference (its id), e.g. HMI-NW-2027-01. */
  public static final String TASK_CONTRACT = "taskContract";
  /** The team member's name, on tasks about one member. */
  public static final String TASK_MEMBER = "taskMember";
  /** The learning item, milestone, certification, handover item, system, phase or report period. */
  public static final String TASK_ITEM = "taskItem";
  /** All of it on one line: contract title and reference, member, item. */
  public static final String TASK_SUBJECT = "taskSubject";

  public static final List<String> NAMES = List.of(TASK_CONTRACT, TASK_MEMBER, TASK_ITEM, TASK_SUBJECT);

  private WorklistVariables() {}
}
