package io.skillgate.worklist;

import java.util.ArrayList;
import java.util.List;

/**
 * What a task is about, in words a person recognises: the contract (reference and title), the
 * member (if the task is about one) and the item (learning item, milestone, handover item, system,
 * phase or report period), each null when the task has none.
 */
public record TaskSubject(String contractId, String contractTitle, String member, String item) {

  public static final TaskSubject NONE = new TaskSubject(null, null, null, null);

  /** "Ana Lima · Claims manual": what tells two tasks of the same contract apart. */
  public String about() {
    List<String> parts = new ArrayList<>();
    if (member != null) {
      parts.add(member);
    }
    if (item != null) {
      parts.add(item);
    }
    return String.join(" · ", parts);
  }

  /** "Harbor Mutual claims operations (HMI-NW-2027-01) · Ana Lima · Claims manual". */
  public String line() {
    List<String> parts = new ArrayList<>();
    if (contractId != null) {
      parts.add(contractTitle == null || contractTitle.isBlank() ? contractId : contractTitle + " (" + contractId + ")");
    }
    if (!about().isEmpty()) {
      parts.add(about());
    }
    return String.join(" · ", parts);
  }

  public boolean isEmpty() {
    return contractId == null && member == null && item == null;
  }
}
