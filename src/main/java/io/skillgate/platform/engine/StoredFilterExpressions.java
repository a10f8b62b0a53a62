package io.skillgate.platform.engine;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only expressions a stored Tasklist filter may hold: "me", "my groups" and a date relative
 * to now, each in the fields where it makes sense (see platform/identity/TasklistFilters). The
 * shapes are matched whole, so nothing else (a method call, a bean, reflection) fits in.
 */
final class StoredFilterExpressions {

  private static final Pattern CURRENT_USER = Pattern.compile("\\$\\{currentUser\\(\\)\\}");
  private static final Pattern CURRENT_USER_GROUPS = Pattern.compile("\\$\\{currentUserGroups\\(\\)\\}");
  private static final Pattern RELATIVE_DATE = Pattern.compile(
      "\\$\\{(now\\(\\)|dateTime\\(\\)(\\.(plus|minus)(Minutes|Hours|Days|Weeks|Months)\\(\\d{1,4}\\))?(\\.toDate\\(\\))?)\\}");

  private static final Set<String> USER_KEYS = Set.of("taskAssignee", "taskOwner", "taskCandidateUser", "taskInvolvedUser");
  private static final Set<String> DATE_KEYS = Set.of("taskCreatedOn", "taskCreatedBefore", "taskCreatedAfter",
      "taskUpdatedAfter", "dueDate", "dueBefore", "dueAfter", "followUpDate", "followUpBefore",
      "followUpBeforeOrNotExistent", "followUpAfter");

  private static final Map<String, Pattern> GROUP_KEYS = Map.of("taskCandidateGroupIn", CURRENT_USER_GROUPS);

  private StoredFilterExpressions() {}

  static boolean allowed(String key, String expression) {
    if (expression == null) {
      return false;
    }
    String trimmed = expression.strip();
    if (USER_KEYS.contains(key)) {
      return CURRENT_USER.matcher(trimmed).matches();
    }
    if (GROUP_KEYS.containsKey(key)) {
      return GROUP_KEYS.get(key).matcher(trimmed).matches();
    }
    return DATE_KEYS.contains(key) && RELATIVE_DATE.matcher(trimmed).matches();
  }

  static String description() {
    return "${currentUser()} in assignee/owner/candidateUser/involvedUser, ${currentUserGroups()} in candidateGroups,"
        + " ${now()} or ${dateTime()} plus or minus a number of minutes/hours/days/weeks/months in date fields";
  }
}
