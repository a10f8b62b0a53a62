package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.web.FieldError;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task listeners of {@code MemberOnboardingProcess}. A member's onboarding is a handful of tasks:
 * provision access, record the evidence of every open item in one form (a checklist of rows),
 * and the client's approval, which can return any items with a reason. On create the listeners
 * put what the form shows into task-local variables (so nothing of an earlier round shows up);
 * on complete they check the input (400 through the REST API, nothing changes) and record it,
 * per item, with who did it and when, in the onboarding tables.
 */
@Component("onboardingTasks")
public class OnboardingTasks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OnboardingRepository onboardings;
  private final ContractRepository contracts;
  private final IdentityService identity;
  private final EvidenceLinks links;
  private final Clock clock;

  public OnboardingTasks(OnboardingRepository onboardings, ContractRepository contracts, IdentityService identity,
      EvidenceLinks links, Clock clock) {
    this.onboardings = onboardings;
    this.contracts = contracts;
    this.identity = identity;
    this.links = links;
    this.clock = clock;
  }

  /** Create listener of every task: the member by name, their role by its name, and their buddy if any. */
  public void describe(DelegateTask task) {
    String contractId = (String) task.getVariable(CONTRACT_ID);
    String memberId = (String) task.getVariable(MEMBER_ID);
    Contract terms = contracts.findTerms(contractId).orElse(null);
    contracts.member(contractId, memberId).ifPresent(m -> {
      task.setVariableLocal(MEMBER_NAME, m.name());
      task.setVariableLocal(MEMBER_ROLE, OnboardingLabels.role(terms, m.role()));
      task.setVariableLocal(MEMBER_BUDDY, m.buddy() == null || m.buddy().isBlank() ? "none named" : m.buddy());
    });
  }

  /** Create listener of "Provision access and tools": which of the client's systems and which tools. */
  public void describeProvisioning(DelegateTask task) {
    String contractId = (String) task.getVariable(CONTRACT_ID);
    Contract terms = contracts.findTerms(contractId).orElse(null);
    TeamMember member = contracts.member(contractId, (String) task.getVariable(MEMBER_ID)).orElse(null);
    task.setVariableLocal(SYSTEMS_TO_SET_UP, ProvisioningList.of(terms, member == null ? null : member.role()));
  }

  /** Complete listener of "Provision access and tools". */
  public void accessProvisioned(DelegateTask task) {
    if (!Boolean.TRUE.equals(asBoolean(task.getVariable(ACCESS_PROVISIONED)))) {
      throw new BadUserRequestException(ACCESS_PROVISIONED + " must be true: confirm that access and tools are provisioned");
    }
    String note = text(task.getVariable(ACCESS_NOTE));
    if (note != null && note.length() > 500) {
      throw new BadUserRequestException(ACCESS_NOTE + " must be at most 500 characters");
    }
    onboardings.accessProvisioned(onboardingId(task), actor(task), clock.instant(), note);
  }

  /**
   * Create listener of "Record onboarding evidence": one row per item still waiting for evidence,
   * and the client's reason when items came back.
   */
  public void openEvidence(DelegateTask task) {
    long onboardingId = onboardingId(task);
    showWaitingItems(TaskLocals.of(task), onboardingId, task.getId());
    OnboardingRecord record = onboardings.find(onboardingId).orElseThrow();
    task.setVariableLocal(RETURN_NOTE, record.lastReturnReason() == null ? "" : record.lastReturnReason());
  }

  /**
   * The rows of the evidence form: the items waiting for evidence, newest facts first. Also called
   * by the evidence API and the file upload, so a reloaded form shows what happened meanwhile.
   * Returns how many items still wait.
   */
  int showWaitingItems(TaskLocals task, long onboardingId, String taskId) {
    OnboardingRecord record = onboardings.find(onboardingId).orElseThrow();
    List<OnboardingItem> waiting = onboardings.items(onboardingId).stream()
        .filter(i -> i.status() == ItemStatus.OPEN || i.status() == ItemStatus.RETURNED).toList();
    ArrayNode rows = JSON.createArrayNode();
    ArrayNode previous = rows(task.get(EVIDENCE_ITEMS));
    List<Long> previousIds = ids(task.get(TASK_ITEM_IDS));
    for (OnboardingItem item : waiting) {
      ObjectNode row = rows.addObject();
      row.put(ROW_ITEM, item.title());
      row.put("about", OnboardingLabels.markdown(OnboardingLabels.kind(item.kind()) + " · "
          + OnboardingLabels.delivery(item.delivery()) + (item.buddy() == null ? "" : " · with " + item.buddy())
          + " · due " + item.dueDate()));
      row.put("returned", item.status() == ItemStatus.RETURNED ? OnboardingLabels.markdown(item.returnReason()) : "");
      row.put("uploadLink", links.uploadPage(record.contractId(), record.memberId(), item.id(), taskId));
      // What the vendor already had in this row (a file attached meanwhile) stays in it.
      int before = previousIds.indexOf(item.id());
      JsonNode old = before >= 0 && before < previous.size() ? previous.get(before) : JSON.createObjectNode();
      row.put("files", old.path("files").asText(""));
      row.put(EVIDENCE_REFERENCE, old.path(EVIDENCE_REFERENCE).asText(""));
    }
    task.set(EVIDENCE_ITEMS, SpinValues.jsonValue(rows.toString()).create());
    task.set(TASK_ITEM_IDS, waiting.stream().map(i -> Long.toString(i.id()))
        .collect(Collectors.joining(",")));
    return waiting.size();
  }

  /** A file was attached to an item: its link goes into the item's row (its reference, if still empty). */
  void attachFile(TaskLocals task, long itemId, String fileName, String link) {
    List<Long> ids = ids(task.get(TASK_ITEM_IDS));
    ArrayNode rows = rows(task.get(EVIDENCE_ITEMS));
    int at = ids.indexOf(itemId);
    if (at < 0 || at >= rows.size()) {
      return;
    }
    ObjectNode row = (ObjectNode) rows.get(at);
    String files = row.path("files").asText("");
    row.put("files", (files.isEmpty() ? "" : files + ", ") + "[" + OnboardingLabels.markdown(fileName) + "](" + link + ")");
    String reference = row.path(EVIDENCE_REFERENCE).asText("").trim();
    String more = reference.isEmpty() ? link : reference + " " + link;
    if (more.length() <= EvidenceRules.MAX_REFERENCE) {
      row.put(EVIDENCE_REFERENCE, more);
    }
    task.set(EVIDENCE_ITEMS, SpinValues.jsonValue(rows.toString()).create());
  }

  /** Complete listener of "Record onboarding evidence": every row's evidence, checked, then stored. */
  public void recordEvidence(DelegateTask task) {
    long onboardingId = onboardingId(task);
    TaskLocals scope = TaskLocals.of(task);
    List<Long> ids = ids(scope.get(TASK_ITEM_IDS));
    ArrayNode rows = rows(scope.get(EVIDENCE_ITEMS));
    if (rows.size() != ids.size()) {
      throw new BadUserRequestException("Evidence per item: the list of items changed while the form was open ("
          + ids.size() + " items wait, " + rows.size() + " rows came); reload the task");
    }
    Map<Long, OnboardingItem> items = onboardings.items(onboardingId).stream()
        .collect(Collectors.toMap(OnboardingItem::id, Function.identity()));
    List<String> problems = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < ids.size(); i++) {
      OnboardingItem item = items.get(ids.get(i));
      if (item == null) {
        throw new ProcessEngineException("onboarding item " + ids.get(i) + " is not on this member's learning path; "
            + "nothing was written");
      }
      JsonNode row = rows.get(i);
      EvidenceRules.Input in = new EvidenceRules.Input(value(row, EVIDENCE_DATE), value(row, EVIDENCE_MINUTES),
          textOf(row, EVIDENCE_WITH), textOf(row, EVIDENCE_REFERENCE));
      List<FieldError> errors = EvidenceRules.check(in, EvidenceRules.Fields.FORM, today);
      errors.forEach(e -> problems.add(item.title() + ": " + e.field() + " " + e.message()));
      if (errors.isEmpty()) {
        evidence.add(new Evidence(item.id(), EvidenceRules.date(in.date()), EvidenceRules.minutes(in.minutes()).intValue(),
            in.with().trim(), in.reference().trim(), actor(task), clock.instant()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", problems));
    }
    evidence.forEach(onboardings::insertEvidence);
  }

  /** Create listener of "Approve onboarding": the whole path with its evidence, and a fresh decision. */
  public void awaitApproval(DelegateTask task) {
    long onboardingId = onboardingId(task);
    onboardings.setStatus(onboardingId, OnboardingStatus.AWAITING_APPROVAL);
    OnboardingRecord record = onboardings.find(onboardingId).orElseThrow();
    Map<Long, List<Evidence>> evidence = onboardings.evidence(onboardingId).stream()
        .collect(Collectors.groupingBy(Evidence::itemId));
    List<OnboardingItem> items = onboardings.items(onboardingId);
    task.setVariableLocal(LEARNING_PATH_SUMMARY, items.stream()
        .map(i -> links.reviewEntry(record.contractId(), i, evidence.getOrDefault(i.id(), List.of())))
        .collect(Collectors.joining("\n\n")));
    ArrayNode choices = JSON.createArrayNode();
    items.forEach(i -> choices.addObject().put("label", i.title() + " (" + OnboardingLabels.kind(i.kind()) + ")")
        .put("value", Long.toString(i.id())));
    task.setVariableLocal(RETURN_ITEM_CHOICES, SpinValues.jsonValue(choices.toString()).create());
  }

  /**
   * Complete listener of "Approve onboarding": approve (every item signed off by the approver),
   * or return the chosen items with a reason: only those are done again, the others stay signed off.
   */
  public void decideOnboarding(DelegateTask task) {
    // The decision is this task's alone (input mappings make it local to the task's scope): an
    // earlier round's never shows up in the form, and none leaks into the process.
    Object decision = task.getVariable(ONBOARDING_DECISION);
    if (!"approve".equals(decision) && !"return".equals(decision)) {
      throw new BadUserRequestException("Decision must be one of: approve, return");
    }
    long onboardingId = onboardingId(task);
    List<OnboardingItem> items = onboardings.items(onboardingId);
    String actor = actor(task);
    if ("approve".equals(decision)) {
      items.stream().filter(i -> i.status() == ItemStatus.SUBMITTED)
          .forEach(i -> onboardings.acceptItem(i.id(), actor, clock.instant()));
      onboardings.approved(onboardingId, actor, clock.instant());
      task.getExecution().setVariable(ONBOARDING_APPROVED, true);
      return;
    }
    String reason = required(task, ONBOARDING_RETURN_REASON, "Reason for returning", 2000);
    Map<String, OnboardingItem> byId = items.stream()
        .collect(Collectors.toMap(i -> Long.toString(i.id()), Function.identity()));
    Set<String> chosen = chosenItems(task.getVariable(RETURN_ITEMS));
    List<String> unknown = chosen.stream().filter(k -> !byId.containsKey(k)).toList();
    if (chosen.isEmpty() || !unknown.isEmpty()) {
      throw new BadUserRequestException("Items to do again: choose one or more items of this member's learning path"
          + (unknown.isEmpty() ? "" : " (not on it: " + unknown + ")"));
    }
    for (OnboardingItem i : items) {
      if (chosen.contains(Long.toString(i.id()))) {
        onboardings.returnItem(i.id(), reason);
      } else if (i.status() == ItemStatus.SUBMITTED) {
        onboardings.acceptItem(i.id(), actor, clock.instant());
      }
    }
    onboardings.returned(onboardingId, reason);
    task.getExecution().setVariable(ONBOARDING_APPROVED, false);
    contracts.recordEvent((String) task.getVariable(CONTRACT_ID), actor, "ONBOARDING_RETURNED",
        task.getVariable(MEMBER_ID) + " " + chosen.stream().map(k -> byId.get(k).key()).toList() + ": " + reason);
  }

  /** The chosen items' ids: a checklist submits a JSON list; a script may send text "12, 13". */
  private static Set<String> chosenItems(Object value) {
    Set<String> chosen = new LinkedHashSet<>();
    if (value == null) {
      return chosen;
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      try {
        JSON.readTree(text).forEach(n -> chosen.add(n.asText().trim()));
        return chosen;
      } catch (IOException e) {
        throw new BadUserRequestException("Items to do again: not a list of items");
      }
    }
    Arrays.stream(text.split("[,\\s]+")).filter(k -> !k.isBlank()).forEach(chosen::add);
    return chosen;
  }

  /**
   * The onboarding record this process instance created ("Prepare learning path" stores the
   * instance's id with it). The id in the instance's variables is only a hint: a record that
   * another instance created (another member's, another vendor's) is refused before anything is
   * written into it.
   */
  private long onboardingId(DelegateTask task) {
    long id = ((Number) task.getVariable(ONBOARDING_ID)).longValue();
    OnboardingRecord record = onboardings.find(id).orElse(null);
    if (record == null || !task.getProcessInstanceId().equals(record.processInstanceId())) {
      throw new ProcessEngineException("onboarding " + id + " is not the record of this process instance; "
          + "nothing was written");
    }
    return id;
  }

  /**
   * Who completes the task: the engine's authenticated user (Tasklist, REST, and the API, which
   * completes as its caller), else the assignee. Never a variable: a task's inputs are not proof
   * of who sent them.
   */
  private String actor(DelegateTask task) {
    String user = ActingUser.of(identity);
    return user != null ? user : task.getAssignee();
  }

  static List<Long> ids(Object value) {
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.toString().split(",")).map(String::trim).map(Long::valueOf).toList();
  }

  private static ArrayNode rows(Object value) {
    if (value == null) {
      return JSON.createArrayNode();
    }
    try {
      JsonNode node = JSON.readTree(value.toString());
      if (node.isArray()) {
        return (ArrayNode) node;
      }
    } catch (IOException e) {
      // refused below
    }
    throw new BadUserRequestException("Evidence per item: must be a list of rows");
  }

  private static Object value(JsonNode row, String field) {
    JsonNode v = row.path(field);
    if (v.isMissingNode() || v.isNull() || v.isTextual() && v.asText().isBlank()) {
      return null;
    }
    return v.isNumber() ? v.numberValue() : v.asText();
  }

  private static String textOf(JsonNode row, String field) {
    Object v = value(row, field);
    return v == null ? null : v.toString();
  }

  private static String required(DelegateTask task, String variable, String label, int max) {
    String value = text(task.getVariable(variable));
    if (value == null) {
      throw new BadUserRequestException(label + " is required");
    }
    if (value.length() > max) {
      throw new BadUserRequestException(label + " must be at most " + max + " characters");
    }
    return value;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Boolean asBoolean(Object value) {
    return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
  }
}
