package io.skillgate.onboarding;

import static io.skillgate.onboarding.OnboardingVariables.*;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractAccess;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.ContractRoster;
import io.skillgate.contract.ContractRules;
import io.skillgate.contract.ContractStage;
import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.Port;
import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.ConflictException;
import io.skillgate.platform.web.FieldError;
import io.skillgate.platform.web.ForbiddenException;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.platform.web.NotFoundException;
import io.skillgate.training.EvidenceFile;
import io.skillgate.training.EvidenceFiles;
import io.skillgate.training.EvidenceUploadRate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member onboarding (seed strategies 2 and 8): members joining and leaving mid-contract, evidence
 * through the API, and the records behind {@code MemberOnboardingProcess}'s service tasks.
 */
@Service
@Port
public class OnboardingService {

  /** Before the plan is agreed, the programme's call activity onboards the whole roster itself. */
  private static final Set<ContractStage> BEFORE_ONBOARDING =
      EnumSet.of(ContractStage.PLAN_CONFIRMATION, ContractStage.PLAN_REVIEW, ContractStage.PLAN_DISPUTED);
  /** No one joins a contract that is ending or over. */
  private static final Set<ContractStage> CLOSED_TO_JOINERS =
      EnumSet.of(ContractStage.EXIT_HANDOVER, ContractStage.CLOSED, ContractStage.WITHDRAWN);
  static final String STAFFED_BY_VENDOR = "the vendor staffs the team: only the contract's vendor (or an admin)"
      + " adds members; the client sees them on the roster and in the contract's history";
  static final String RECORD_EVIDENCE_TASK = "UserTask_RecordOnboardingEvidence";

  private final Contracts contracts;
  private final ContractJournal journal;
  private final ContractRoster roster;
  private final ContractAccess access;
  private final OnboardingRepository onboardings;
  private final LearningPaths learningPaths;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final OnboardingTasks onboardingTasks;
  private final EvidenceFiles evidenceFiles;
  private final EvidenceUploadRate uploadRate;
  private final Clock clock;

  public OnboardingService(Contracts contracts, ContractJournal journal, ContractRoster roster,
      ContractAccess access, OnboardingRepository onboardings,
      LearningPaths learningPaths, RuntimeService runtime, TaskService tasks, IdentityService identity,
      ApplicationEventPublisher events, OnboardingTasks onboardingTasks, EvidenceFiles evidenceFiles,
      EvidenceUploadRate uploadRate, Clock clock) {
    this.contracts = contracts;
    this.journal = journal;
    this.roster = roster;
    this.access = access;
    this.onboardings = onboardings;
    this.learningPaths = learningPaths;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.events = events;
    this.onboardingTasks = onboardingTasks;
    this.evidenceFiles = evidenceFiles;
    this.uploadRate = uploadRate;
    this.clock = clock;
  }

  /** Starts a member's onboarding, with the contract id as business key (as the programme's call activity does). */
  public ProcessInstance start(String contractId, String memberId, String vendorGroup) {
    return runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(contractId)
        .setVariables(Map.of(ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.MEMBER_ID.name(), memberId,
            ProcessVariables.VENDOR_GROUP.name(), vendorGroup))
        .execute();
  }

  /**
   * A member joins mid-contract: checked like intake, added to the roster and, once the plan is
   * agreed, onboarded at once. In BPO the vendor staffs the team: the contract's vendor (or an
   * admin, for corrections) adds members, and the client is told through the contract's history
   * (MEMBER_JOINED, on the contract's page) and the roster; a reviewer gets 403.
   */
  @Transactional
  public TeamMember join(SkillGateUser user, String contractId, Contract.Member member) {
    ContractSummary contract = access.visible(user, contractId);
    if (!user.isAdmin() && !user.belongsTo(contract.vendorGroup())) {
      throw new ForbiddenException(STAFFED_BY_VENDOR);
    }
    Contract terms = contracts.findTerms(contractId).orElseThrow();
    Set<String> existing = contracts.members(contractId).stream().map(TeamMember::memberId).collect(Collectors.toSet());
    List<FieldError> errors = ContractRules.checkNewMember(terms, member, existing);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (CLOSED_TO_JOINERS.contains(contract.stage())) {
      throw new ConflictException("contract '" + contractId + "' is " + contract.stage() + ": no one joins it any more");
    }
    roster.insertMember(contractId, member, LocalDate.now(clock));
    journal.recordEvent(contractId, user.id(), "MEMBER_JOINED", member.id() + " (" + member.role() + ") joined");
    if (!BEFORE_ONBOARDING.contains(contract.stage())) {
      start(contractId, member.id(), contract.vendorGroup());
    }
    return contracts.member(contractId, member.id()).orElseThrow();
  }

  /**
   * A member leaves: marked on the roster, recorded in the contract's history, their onboarding
   * ended (its open tasks cancelled through the model's "Member left" event sub-process), and
   * {@link MemberLeftEvent} published for other features.
   */
  @Transactional
  public TeamMember memberLeft(String contractId, String memberId, LocalDate leftOn, String reason, String actor) {
    TeamMember member = contracts.member(contractId, memberId)
        .orElseThrow(() -> new NotFoundException("no member '" + memberId + "' in contract '" + contractId + "'"));
    if (!roster.markMemberLeft(contractId, memberId, leftOn, reason)) {
      throw new ConflictException("member '" + memberId + "' already left on " + member.leftOn());
    }
    journal.recordEvent(contractId, actor, "MEMBER_LEFT", memberId + " left on " + leftOn + ": " + reason);
    runtime.createMessageCorrelation(MEMBER_LEFT_MESSAGE)
        .processInstanceBusinessKey(contractId)
        .processInstanceVariableEquals(ProcessVariables.MEMBER_ID.name(), memberId)
        .correlateAllWithResult();
    events.publishEvent(new MemberLeftEvent(contractId, memberId, leftOn, reason, actor));
    return contracts.member(contractId, memberId).orElseThrow();
  }

  /** {@link #memberLeft} for an API caller who may see the contract (404 otherwise). */
  @Transactional
  public TeamMember memberLeft(SkillGateUser user, String contractId, String memberId, DepartureRequest departure) {
    access.visible(user, contractId);
    return memberLeft(contractId, memberId, departure.date(), departure.reason().trim(), user.id());
  }

  /**
   * Evidence for an item, from the upload page a row of the "Record onboarding evidence" checklist
   * links to, or from a script. Recorded at once; the open task's checklist then shows the item as
   * recorded, and when no item waits any more the task is completed as the caller.
   */
  @Transactional
  public void submitEvidence(SkillGateUser user, String contractId, String memberId, long itemId, EvidenceRequest in) {
    WaitingItem waiting = waitingItem(user, contractId, memberId, itemId);
    List<FieldError> errors = EvidenceRules.check(
        new EvidenceRules.Input(in.date(), in.durationMinutes(), in.with(), in.reference()), EvidenceRules.Fields.API,
        LocalDate.now(clock));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    onboardings.insertEvidence(new Evidence(itemId, in.date(), in.durationMinutes(), in.with().trim(),
        in.reference().trim(), user.id(), clock.instant()));
    int left = asSkillGate(() -> onboardingTasks.showWaitingItems(TaskLocals.of(runtime, waiting.task()),
        waiting.onboarding().id(), waiting.task().getId()));
    if (left == 0) {
      // Completed as the caller, as Tasklist would: the engine checks the caller may work on the task.
      asUser(user, () -> tasks.complete(waiting.task().getId()));
    }
  }

  /**
   * A file for an item, from the upload page or a script: stored as evidence of the member (the
   * training feature's checks: type, size, quota, rate). Its link, given as the reference of the
   * item's evidence, opens it for the reviewer.
   */
  @Transactional
  public EvidenceFile attachFile(SkillGateUser user, String contractId, String memberId, long itemId, String fileName,
      byte[] content) {
    waitingItem(user, contractId, memberId, itemId);
    uploadRate.acquire(user.id());
    return evidenceFiles.store(contractId, memberId, fileName, content, user.id());
  }

  /** The open evidence task of a member and the item in it: only the contract's vendor (or an admin) asks. */
  private WaitingItem waitingItem(SkillGateUser user, String contractId, String memberId, long itemId) {
    ContractSummary contract = access.visible(user, contractId);
    if (!user.isAdmin() && !user.belongsTo(contract.vendorGroup())) {
      throw new ForbiddenException("only the vendor's team records evidence");
    }
    OnboardingRecord onboarding = onboardingOf(contractId, memberId);
    OnboardingItem item = onboardings.item(itemId)
        .filter(i -> i.onboardingId() == onboarding.id())
        .orElseThrow(() -> new NotFoundException("no item " + itemId + " in the learning path of '" + memberId + "'"));
    Task task = tasks.createTaskQuery()
        .processInstanceId(onboarding.processInstanceId())
        .taskDefinitionKey(RECORD_EVIDENCE_TASK)
        .singleResult();
    boolean waits = item.status() == ItemStatus.OPEN || item.status() == ItemStatus.RETURNED;
    if (task == null || !waits) {
      throw new ConflictException("item '" + item.title() + "' is not waiting for evidence (it is " + item.status() + ")");
    }
    return new WaitingItem(onboarding, item, task);
  }

  private record WaitingItem(OnboardingRecord onboarding, OnboardingItem item, Task task) {}

  /** SkillGate's own bookkeeping on a task (its rows), done without the caller's engine identity. */
  private <T> T asSkillGate(java.util.function.Supplier<T> work) {
    return ActingUser.asNobody(identity, work);
  }

  private void asUser(SkillGateUser user, Runnable work) {
    ActingUser.as(identity, user.id(), user.groups(), work);
  }

  /** The member's onboarding as {@code GET /api/contracts/{id}/members/{memberId}} shows it. */
  public MemberOnboardingView view(SkillGateUser user, String contractId, String memberId) {
    access.visible(user, contractId);
    TeamMember member = contracts.member(contractId, memberId)
        .orElseThrow(() -> new NotFoundException("no member '" + memberId + "' in contract '" + contractId + "'"));
    return onboardings.findByMember(contractId, memberId)
        .map(o -> {
          Map<Long, List<Evidence>> evidence = onboardings.evidence(o.id()).stream()
              .collect(Collectors.groupingBy(Evidence::itemId));
          List<MemberOnboardingView.Item> items = onboardings.items(o.id()).stream()
              .map(i -> new MemberOnboardingView.Item(i.id(), i.key(), i.kind(), i.title(), i.delivery().name(),
                  i.source(), i.buddy(), i.dueDate(), i.status(), i.returnReason(), i.signedOffBy(), i.signedOffAt(),
                  evidence.getOrDefault(i.id(), List.of())))
              .toList();
          return new MemberOnboardingView(member, new MemberOnboardingView.Onboarding(o.status(), o.startedAt(),
              o.accessProvisionedBy(), o.accessProvisionedAt(), o.accessNote(), o.approvedBy(), o.approvedAt(),
              o.lastReturnReason(), o.endedAt(), o.endedReason()), items);
        })
        .orElse(new MemberOnboardingView(member, null, List.of()));
  }

  /**
   * "Prepare learning path": stores the onboarding and its items. Returns null, and stores
   * nothing, when the member is no longer active (left before their onboarding began).
   */
  Long prepare(String contractId, String memberId, String processInstanceId) {
    TeamMember member = contracts.member(contractId, memberId)
        .orElseThrow(() -> new IllegalStateException("no member '" + memberId + "' in contract '" + contractId + "'"));
    if (!member.isActive()) {
      return null;
    }
    if (onboardings.findByMember(contractId, memberId).isPresent()) {
      throw new IllegalStateException("member '" + memberId + "' of contract '" + contractId + "' is already onboarded");
    }
    Contract terms = contracts.findTerms(contractId).orElseThrow();
    long id = onboardings.insert(contractId, memberId, processInstanceId, clock.instant());
    List<LearningPathItem> path = learningPaths.derive(terms, member, LocalDate.now(clock));
    path.forEach(item -> onboardings.insertItem(id, item));
    journal.recordEvent(contractId, null, "ONBOARDING_STARTED", memberId + ": learning path of " + path.size()
        + " items");
    return id;
  }

  void recordOnboarded(String contractId, String memberId) {
    OnboardingRecord o = onboardingOf(contractId, memberId);
    journal.recordEvent(contractId, o.approvedBy(), "MEMBER_ONBOARDED", memberId + " onboarded, approved by "
        + o.approvedBy());
  }

  void recordEnded(String contractId, String memberId) {
    TeamMember member = contracts.member(contractId, memberId).orElseThrow();
    onboardings.findByMember(contractId, memberId).ifPresent(o -> {
      onboardings.cancelOpenItems(o.id());
      onboardings.ended(o.id(), clock.instant(), member.leftReason());
      journal.recordEvent(contractId, null, "ONBOARDING_ENDED", memberId + "'s onboarding ended: member left");
    });
  }

  private OnboardingRecord onboardingOf(String contractId, String memberId) {
    contracts.member(contractId, memberId)
        .orElseThrow(() -> new NotFoundException("no member '" + memberId + "' in contract '" + contractId + "'"));
    return onboardings.findByMember(contractId, memberId)
        .orElseThrow(() -> new NotFoundException("member '" + memberId + "' has no onboarding yet"));
  }
}
