package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import io.skillgate.contract.ContractRepository;
import io.skillgate.platform.web.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listeners of {@code MemberOnboardingProcess}. On create they put what the form shows into
 * task-local variables; on complete they check the form's input (400 through the REST API,
 * nothing changes) and record the outcome, with who did it and when, in the onboarding tables.
 */
@Component("onboardingTasks")
public class OnboardingTasks {

  private final OnboardingRepository onboardings;
  private final ContractRepository contracts;
  private final IdentityService identity;
  private final Clock clock;

  public OnboardingTasks(OnboardingRepository onboardings, ContractRepository contracts, IdentityService identity,
      Clock clock) {
    this.onboardings = onboardings;
    this.contracts = contracts;
    this.identity = identity;
    this.clock = clock;
  }

  /** Create listener of every task: the member, and for item tasks the item and its evidence so far. */
  public void describe(DelegateTask task) {
    String contractId = (String) task.getVariable(CONTRACT_ID);
    String memberId = (String) task.getVariable(MEMBER_ID);
    contracts.member(contractId, memberId).ifPresent(m -> {
      task.setVariableLocal(MEMBER_NAME, m.name());
      task.setVariableLocal(MEMBER_ROLE, m.role());
    });
    Object itemId = task.getVariable(ITEM_ID);
    if (itemId != null) {
      OnboardingItem item = item(task);
      task.setVariableLocal(TASK_ITEM_ID, item.id());
      task.setVariableLocal(ITEM_TITLE, item.title());
      task.setVariableLocal(ITEM_KIND, item.kind().name());
      task.setVariableLocal(ITEM_DELIVERY, item.delivery().name());
      task.setVariableLocal(ITEM_BUDDY, item.buddy() == null ? "-" : item.buddy());
      task.setVariableLocal(ITEM_EVIDENCE, describeEvidence(onboardings.evidenceOfItem(item.id())));
    }
  }

  /** Create listener of "Approve onboarding": every item is signed off; show the whole path. */
  public void awaitApproval(DelegateTask task) {
    long onboardingId = onboardingId(task);
    onboardings.setStatus(onboardingId, OnboardingStatus.AWAITING_APPROVAL);
    Map<Long, List<Evidence>> evidence = onboardings.evidence(onboardingId).stream()
        .collect(Collectors.groupingBy(Evidence::itemId));
    String summary = onboardings.items(onboardingId).stream()
        .map(i -> i.key() + " - " + i.title() + " [" + i.delivery() + "], signed off by " + i.signedOffBy() + "\n  "
            + describeEvidence(evidence.getOrDefault(i.id(), List.of())).replace("\n", "\n  "))
        .collect(Collectors.joining("\n"));
    task.setVariableLocal(LEARNING_PATH_SUMMARY, summary);
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

  /** Complete listener of "Record evidence". */
  public void recordEvidence(DelegateTask task) {
    EvidenceRules.Input in = new EvidenceRules.Input(task.getVariable(EVIDENCE_DATE), task.getVariable(EVIDENCE_MINUTES),
        text(task.getVariable(EVIDENCE_WITH)), text(task.getVariable(EVIDENCE_REFERENCE)));
    refuse(EvidenceRules.check(in, EvidenceRules.Fields.FORM, LocalDate.now(clock)));
    OnboardingItem item = item(task);
    onboardings.insertEvidence(new Evidence(item.id(), EvidenceRules.date(in.date()),
        EvidenceRules.minutes(in.minutes()).intValue(), in.with().trim(), in.reference().trim(), actor(task),
        clock.instant()));
  }

  /** Complete listener of "Sign off item": accept, or return with a reason. */
  public void signOffItem(DelegateTask task) {
    Object decision = task.getVariable(ITEM_DECISION);
    if (!"accept".equals(decision) && !"return".equals(decision)) {
      throw new BadUserRequestException(ITEM_DECISION + " must be one of: accept,return");
    }
    OnboardingItem item = item(task);
    if ("accept".equals(decision)) {
      onboardings.acceptItem(item.id(), actor(task), clock.instant());
    } else {
      String reason = required(task, ITEM_RETURN_REASON, 2000);
      onboardings.returnItem(item.id(), reason);
      contracts.recordEvent((String) task.getVariable(CONTRACT_ID), actor(task), "ONBOARDING_ITEM_RETURNED",
          task.getVariable(MEMBER_ID) + " " + item.key() + ": " + reason);
    }
  }

  /** Complete listener of "Approve onboarding": approve, or return items (by key) with a reason. */
  public void decideOnboarding(DelegateTask task) {
    Object decision = task.getVariable(ONBOARDING_DECISION);
    if (!"approve".equals(decision) && !"return".equals(decision)) {
      throw new BadUserRequestException(ONBOARDING_DECISION + " must be one of: approve,return");
    }
    long onboardingId = onboardingId(task);
    if ("approve".equals(decision)) {
      onboardings.approved(onboardingId, actor(task), clock.instant());
      return;
    }
    String reason = required(task, ONBOARDING_RETURN_REASON, 2000);
    Map<String, OnboardingItem> byKey = onboardings.items(onboardingId).stream()
        .collect(Collectors.toMap(OnboardingItem::key, Function.identity()));
    Set<String> keys = Arrays.stream(required(task, RETURN_ITEMS, 2000).split("[,\\s]+"))
        .filter(k -> !k.isBlank()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    List<String> unknown = keys.stream().filter(k -> !byKey.containsKey(k)).toList();
    if (keys.isEmpty() || !unknown.isEmpty()) {
      throw new BadUserRequestException(RETURN_ITEMS + " must name items of this learning path (unknown: " + unknown
          + "; known: " + byKey.keySet() + ")");
    }
    keys.forEach(k -> onboardings.returnItem(byKey.get(k).id(), reason));
    onboardings.returned(onboardingId, reason);
    contracts.recordEvent((String) task.getVariable(CONTRACT_ID), actor(task), "ONBOARDING_RETURNED",
        task.getVariable(MEMBER_ID) + " " + keys + ": " + reason);
  }

  /** The item this task is about, refused unless it is on this instance's own learning path. */
  private OnboardingItem item(DelegateTask task) {
    long itemId = ((Number) task.getVariable(ITEM_ID)).longValue();
    OnboardingItem item = onboardings.item(itemId)
        .orElseThrow(() -> new IllegalStateException("no onboarding item " + itemId));
    if (item.onboardingId() != onboardingId(task)) {
      throw new ProcessEngineException("onboarding item " + itemId + " is not on this member's learning path; "
          + "nothing was written");
    }
    return item;
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
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee();
  }

  private static String describeEvidence(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "no evidence yet";
    }
    return evidence.stream()
        .map(e -> e.date() + ", " + e.durationMinutes() + " min, with " + e.with() + ", ref " + e.reference()
            + " (recorded by " + e.recordedBy() + ")")
        .collect(Collectors.joining("\n"));
  }

  private static void refuse(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new BadUserRequestException(errors.stream().map(e -> e.field() + " " + e.message())
          .collect(Collectors.joining("; ")));
    }
  }

  private static String required(DelegateTask task, String variable, int max) {
    String value = text(task.getVariable(variable));
    if (value == null) {
      throw new BadUserRequestException(variable + " is required");
    }
    if (value.length() > max) {
      throw new BadUserRequestException(variable + " must be at most " + max + " characters");
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
