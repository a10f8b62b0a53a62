package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.engine.TaskInputs;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
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
 * provision access; record the evidence of every open item (one task whose form is a read-only
 * checklist, each item's evidence recorded on the upload page its row links to); and the client's
 * approval, which can return any items with a reason. On create the listeners put what the form
 * shows into task-local variables (so nothing of an earlier round shows up); on complete they
 * check the input (400 through the REST API, nothing changes) and record it, with who did it and
 * when, in the onboarding tables.
 */
@Component("onboardingTasks")
public class OnboardingTasks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OnboardingRepository onboardings;
  private final Contracts contracts;
  private final ContractJournal journal;
  private final IdentityService identity;
  private final EvidenceLinks links;
  private final Clock clock;

  public OnboardingTasks(OnboardingRepository onboardings, Contracts contracts, ContractJournal journal,
      IdentityService identity, EvidenceLinks links, Clock clock) {
    this.onboardings = onboardings;
    this.contracts = contracts;
    this.journal = journal;
    this.identity = identity;
    this.links = links;
    this.clock = clock;
  }

  /** Create listener of every task: the member by name, their role by its name, and their buddy if any. */
  public void describe(DelegateTask task) {
    String contractId = ProcessContract.of(task);
    String memberId = ProcessVariables.MEMBER_ID.get(task);
    Contract terms = contracts.findTerms(contractId).orElse(null);
    contracts.member(contractId, memberId).ifPresent(m -> {
      ProcessVariables.MEMBER_NAME.setLocal(task, m.name());
      task.setVariableLocal(MEMBER_ROLE, OnboardingLabels.role(terms, m.role()));
      task.setVariableLocal(MEMBER_BUDDY, m.buddy() == null || m.buddy().isBlank() ? "none named" : m.buddy());
    });
  }

  /** Create listener of "Provision access and tools": which of the client's systems and which tools. */
  public void describeProvisioning(DelegateTask task) {
    String contractId = ProcessContract.of(task);
    Contract terms = contracts.findTerms(contractId).orElse(null);
    TeamMember member = contracts.member(contractId, ProcessVariables.MEMBER_ID.get(task)).orElse(null);
    task.setVariableLocal(SYSTEMS_TO_SET_UP, ProvisioningList.of(terms, member == null ? null : member.role()));
  }

  /** Complete listener of "Provision access and tools". */
  public void accessProvisioned(DelegateTask task) {
    if (!Boolean.TRUE.equals(asBoolean(task.getVariable(ACCESS_PROVISIONED)))) {
      throw new BadUserRequestException(ACCESS_PROVISIONED + " must be true: confirm that access and tools are provisioned");
    }
    String note = TaskInputs.limitedText(task, ACCESS_NOTE, ACCESS_NOTE, 500);
    onboardings.accessProvisioned(onboardingId(task), actor(task), clock.instant(), note);
  }

  /**
   * Create listener of "Record onboarding evidence": the checklist of the items of this round (the
   * client's reason, when items came back, is the task's input {@code returnedBecause}).
   */
  public void openEvidence(DelegateTask task) {
    showWaitingItems(TaskLocals.of(task), onboardingId(task), task.getId());
  }

  /**
   * The evidence form's checklist, as read-only Markdown (no input fields: Tasklist 7.24 keeps
   * Complete disabled once a field inside a form-js dynamic list was edited). One row per item of
   * this round: waiting, returned with the client's reason, or recorded; each waiting row links to
   * the upload page, where the evidence is recorded. Also called after each item's evidence, so a
   * reloaded form shows what happened meanwhile. Returns how many items still wait.
   */
  int showWaitingItems(TaskLocals task, long onboardingId, String taskId) {
    OnboardingRecord record = onboardings.find(onboardingId).orElseThrow();
    // The rows still to do come first; those recorded in this round follow.
    List<OnboardingItem> round = onboardings.items(onboardingId).stream()
        .filter(i -> waits(i) || i.status() == ItemStatus.SUBMITTED)
        .sorted(Comparator.comparing(i -> !waits(i))).toList();
    Map<Long, List<Evidence>> evidence = onboardings.evidence(onboardingId).stream()
        .collect(Collectors.groupingBy(Evidence::itemId));
    List<OnboardingItem> waiting = round.stream().filter(OnboardingTasks::waits).toList();
    task.set(EVIDENCE_CHECKLIST, round.stream()
        .map(i -> links.checklistRow(record.contractId(), record.memberId(), i, evidence.getOrDefault(i.id(), List.of()),
            taskId))
        .collect(Collectors.joining("\n")));
    task.set(TASK_ITEM_IDS, waiting.stream().map(i -> Long.toString(i.id())).collect(Collectors.joining(",")));
    return waiting.size();
  }

  /**
   * Complete listener of "Record onboarding evidence". The task completes by itself once the last
   * item's evidence is recorded; Complete pressed while items still wait is refused, naming them.
   */
  public void checkNothingWaits(DelegateTask task) {
    List<String> waiting = onboardings.items(onboardingId(task)).stream().filter(OnboardingTasks::waits)
        .map(OnboardingItem::title).toList();
    if (!waiting.isEmpty()) {
      throw new BadUserRequestException("Still waiting for evidence: " + String.join(", ", waiting)
          + ". Record each item's evidence through its link in the checklist; the task then completes by itself");
    }
  }

  private static boolean waits(OnboardingItem item) {
    return item.status() == ItemStatus.OPEN || item.status() == ItemStatus.RETURNED;
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
    String reason = TaskInputs.requiredText(task, ONBOARDING_RETURN_REASON, "Reason for returning", 2000);
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
    journal.recordEvent(ProcessContract.of(task), actor, "ONBOARDING_RETURNED",
        ProcessVariables.MEMBER_ID.get(task) + " " + chosen.stream().map(k -> byId.get(k).key()).toList() + ": " + reason);
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
    long id = ONBOARDING_ID.get(task);
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


  private static Boolean asBoolean(Object value) {
    return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
  }
}
