package io.skillgate.platform.engineapi;

import io.skillgate.platform.engineapi.EngineApiRequest.Api;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each role may call on the engine's APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api}), in one place. Admins may call everything. Reviewers and vendors may
 * call what Tasklist uses for their work: their filters and tasks, a task's form, variables,
 * comments and history, claiming and completing it, the process diagram, their own profile and
 * password. Nothing else: no jobs, job definitions, statistics, incidents, deployments, batches,
 * history cleanup, metrics, telemetry, external tasks, migration, modification, identity writes,
 * Cockpit or Admin. Inside what is listed, the engine's authorizations still decide which tasks
 * and definitions a user sees.
 *
 * <p>Ids are matched by their shape (UUIDs; process definition ids {@code Key:version:uuid}), so
 * a word like {@code statistics} or {@code count} never passes as an id.
 */
public final class EngineApiAllowlist {

  public enum Role { ADMIN, REVIEWER, VENDOR, MEMBER, ANONYMOUS }

  private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final Map<String, String> PLACEHOLDERS = Map.of(
      "{id}", UUID,
      "{definition}", "[A-Za-z][A-Za-z0-9_.-]*:[0-9]+:" + UUID,
      "{variable}", "[A-Za-z_][A-Za-z0-9_.-]*",
      "{engine}", EngineApiRequest.ENGINE_NAME,
      "{app}", "(tasklist|cockpit|admin|welcome)",
      "{plugin}", "[A-Za-z0-9_-]+",
      "{file}", "[A-Za-z0-9_./-]+",
      "{self}", "(?<self>[^/]+)");

  /** Open to everyone, before login too: the webapps' login, logout, who-am-I and static plugin code. */
  private static final List<Rule> OPEN = List.of(
      rule(Api.ENGINES, "GET", ""),
      rule(Api.ADMIN, "GET", "/auth/user/{engine}"),
      rule(Api.ADMIN, "POST", "/auth/user/{engine}/logout"),
      rule(Api.ADMIN, "POST", "/auth/user/{engine}/login/{app}"),
      rule(Api.ENGINE, "GET", "/identity/password-policy"),
      rule(Api.ENGINE, "POST", "/identity/password-policy"),
      // Each webapp loads its plugins' code before its login page renders; the code is the jar's, no data.
      rule(Api.TASKLIST, "GET", "/plugin/{plugin}/static/{file}"),
      rule(Api.WELCOME, "GET", "/plugin/{plugin}/static/{file}"),
      rule(Api.COCKPIT, "GET", "/plugin/{plugin}/static/{file}"),
      rule(Api.ADMIN, "GET", "/plugin/{plugin}/static/{file}"));

  /** Tasklist's calls for doing one's own work (found by running Tasklist as each role). */
  private static final List<Rule> TASK_WORK = List.of(
      rule(Api.ENGINE, "GET", "/filter"),
      // Camunda's OPTIONS on a resource lists the operations the user may do (Tasklist asks before
      // offering "create filter"); it returns links, no data.
      rule(Api.ENGINE, "OPTIONS", "/filter"),
      rule(Api.ENGINE, "OPTIONS", "/filter/{id}"),
      rule(Api.ENGINE, "GET", "/filter/count"),
      rule(Api.ENGINE, "GET", "/filter/{id}"),
      rule(Api.ENGINE, "GET POST", "/filter/{id}/list"),
      rule(Api.ENGINE, "GET POST", "/filter/{id}/count"),
      rule(Api.ENGINE, "GET POST", "/task"),
      rule(Api.ENGINE, "GET POST", "/task/count"),
      rule(Api.ENGINE, "GET", "/task/{id}"),
      rule(Api.ENGINE, "GET", "/task/{id}/form"),
      rule(Api.ENGINE, "GET", "/task/{id}/deployed-form"),
      rule(Api.ENGINE, "GET", "/task/{id}/rendered-form"),
      rule(Api.ENGINE, "GET", "/task/{id}/form-variables"),
      rule(Api.ENGINE, "GET", "/task/{id}/variables"),
      rule(Api.ENGINE, "GET", "/task/{id}/variables/{variable}"),
      rule(Api.ENGINE, "GET", "/task/{id}/identity-links"),
      rule(Api.ENGINE, "GET", "/task/{id}/comment"),
      rule(Api.ENGINE, "GET", "/task/{id}/comment/{id}"),
      rule(Api.ENGINE, "POST", "/task/{id}/comment/create"),
      rule(Api.ENGINE, "POST", "/task/{id}/claim"),
      rule(Api.ENGINE, "POST", "/task/{id}/unclaim"),
      rule(Api.ENGINE, "POST", "/task/{id}/complete"),
      rule(Api.ENGINE, "POST", "/task/{id}/submit-form"),
      rule(Api.ENGINE, "GET", "/process-definition"),
      rule(Api.ENGINE, "GET", "/process-definition/count"),
      rule(Api.ENGINE, "GET", "/process-definition/{definition}"),
      rule(Api.ENGINE, "GET", "/process-definition/{definition}/xml"),
      rule(Api.ENGINE, "GET", "/history/task"),
      rule(Api.ENGINE, "GET", "/history/task/count"),
      rule(Api.ENGINE, "GET", "/history/user-operation"),
      rule(Api.ENGINE, "GET", "/history/user-operation/count"),
      rule(Api.ENGINE, "GET", "/history/identity-link-log"),
      rule(Api.ENGINE, "GET", "/history/identity-link-log/count"),
      // One's own groups: Tasklist asks /identity/groups, the welcome page's profile /group.
      selfQuery(Api.ENGINE, "/identity/groups", "userId"),
      selfQuery(Api.ENGINE, "/group", "member"),
      selfQuery(Api.ENGINE, "/group/count", "member"),
      rule(Api.ENGINE, "GET", "/user/{self}/profile"),
      rule(Api.ENGINE, "PUT", "/user/{self}/profile"),
      rule(Api.ENGINE, "PUT", "/user/{self}/credentials"));

  /** The client's reviewers may also hand a task to a colleague and set its dates (Tasklist's task header). */
  private static final List<Rule> TASK_ORGANISING = List.of(
      rule(Api.ENGINE, "POST", "/task/{id}/assignee"),
      rule(Api.ENGINE, "PUT", "/task/{id}"));

  private static final Map<Role, List<Rule>> ALLOWED = new EnumMap<>(Map.of(
      Role.ANONYMOUS, OPEN,
      Role.MEMBER, OPEN,
      Role.VENDOR, concat(OPEN, TASK_WORK),
      Role.REVIEWER, concat(OPEN, TASK_WORK, TASK_ORGANISING)));

  private EngineApiAllowlist() {}

  /**
   * True when {@code role} may make this call. {@code userId} is the caller: {@code {self}} in a
   * rule's path, or the query parameter a rule names (read through {@code query}), must be them.
   */
  public static boolean allows(Role role, String userId, String method, EngineApiRequest request,
      Function<String, String> query) {
    if (role == Role.ADMIN) {
      return true;
    }
    return request.canonical()
        && ALLOWED.getOrDefault(role, List.of()).stream().anyMatch(rule -> rule.matches(request, method, userId, query));
  }

  /** True when anyone, logged in or not, may make this call. */
  public static boolean open(String method, EngineApiRequest request) {
    return request.canonical() && OPEN.stream().anyMatch(rule -> rule.matches(request, method, null, name -> null));
  }

  public static Role roleOf(List<String> groups, String adminGroup, String reviewerGroup, String vendorPrefix) {
    if (groups.contains(adminGroup)) {
      return Role.ADMIN;
    }
    if (groups.contains(reviewerGroup)) {
      return Role.REVIEWER;
    }
    if (groups.stream().anyMatch(g -> g.startsWith(vendorPrefix))) {
      return Role.VENDOR;
    }
    return Role.MEMBER;
  }

  /** A call: API, methods, path pattern, and the query parameter (if any) that must name the caller. */
  private record Rule(Api api, Set<String> methods, Pattern path, String selfParameter) {
    boolean matches(EngineApiRequest request, String method, String userId, Function<String, String> query) {
      if (request.api() != api || !methods.contains(method)) {
        return false;
      }
      Matcher m = path.matcher(request.path());
      if (!m.matches()) {
        return false;
      }
      if (path.pattern().contains("(?<self>") && (userId == null || !userId.equals(m.group("self")))) {
        return false;
      }
      return selfParameter == null || (userId != null && userId.equals(query.apply(selfParameter)));
    }
  }

  private static Rule rule(Api api, String methods, String template) {
    String regex = Pattern.quote(template);
    for (Map.Entry<String, String> p : PLACEHOLDERS.entrySet()) {
      regex = regex.replace(p.getKey(), "\\E" + p.getValue() + "\\Q");
    }
    return new Rule(api, Set.of(methods.split(" ")), Pattern.compile(regex), null);
  }

  /** A GET whose query parameter {@code parameter} must be the caller's id. */
  private static Rule selfQuery(Api api, String template, String parameter) {
    Rule plain = rule(api, "GET", template);
    return new Rule(plain.api(), plain.methods(), plain.path(), parameter);
  }

  @SafeVarargs
  private static List<Rule> concat(List<Rule>... lists) {
    List<Rule> all = new ArrayList<>();
    for (List<Rule> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
