package io.skillgate.notification;

import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.engine.InCommand;
import io.skillgate.platform.security.SkillGateUser;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is told about a task: its assignee, else the users of its candidate groups and candidate users;
 * for a task of the contract's vendor group also the vendor's contact address. Overdue escalations go
 * to the client's reviewers. Each address appears once; invalid addresses are skipped with a warning
 * (a bad roster entry must not break the user's task).
 */
final class TaskRecipients {

  private static final Logger log = LoggerFactory.getLogger(TaskRecipients.class);

  /** An address and the vendor group it belongs to (null: the client's side). */
  record Recipient(String email, String vendorGroup) {}

  private final Map<String, Recipient> byAddress = new LinkedHashMap<>();
  private final IdentityService identity = InCommand.identityService();
  private final ContractSummary contract;

  private TaskRecipients(ContractSummary contract) {
    this.contract = contract;
  }

  static List<Recipient> of(DelegateTask task, NoticeKind kind, ContractSummary contract) {
    // The caller (e.g. a vendor completing the previous task) usually may not read other users.
    return InCommand.withoutAuthorization(() -> {
      TaskRecipients r = new TaskRecipients(contract);
      if (kind == NoticeKind.TASK_OVERDUE) {
        r.addGroup(SkillGateUser.REVIEWER_GROUP);
      } else if (task.getAssignee() != null) {
        r.addUser(task.getAssignee());
      } else {
        for (IdentityLink link : candidates(task)) {
          if (link.getGroupId() != null) {
            r.addGroup(link.getGroupId());
          } else if (link.getUserId() != null) {
            r.addUser(link.getUserId());
          }
        }
      }
      return List.copyOf(r.byAddress.values());
    });
  }

  private static Collection<IdentityLink> candidates(DelegateTask task) {
    return task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
  }

  private void addUser(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      log.warn("Task notice: no user '{}', nobody to notify for them", userId);
      return;
    }
    boolean vendorSide = contract != null
        && identity.createUserQuery().userId(userId).memberOfGroup(contract.vendorGroup()).count() > 0;
    add(user.getEmail(), vendorSide ? contract.vendorGroup() : null, userId);
  }

  private void addGroup(String groupId) {
    String vendorGroup = groupId.startsWith(SkillGateUser.VENDOR_GROUP_PREFIX) ? groupId : null;
    for (User user : identity.createUserQuery().memberOfGroup(groupId).list()) {
      add(user.getEmail(), vendorGroup, user.getId());
    }
    if (contract != null && groupId.equals(contract.vendorGroup())) {
      add(contract.vendorEmail(), groupId, "vendor contact of " + contract.id());
    }
  }

  private void add(String email, String vendorGroup, String who) {
    if (email == null || email.isBlank()) {
      log.warn("Task notice: {} has no email address", who);
      return;
    }
    try {
      // Strict RFC 822 parse; also refuses CR/LF, so an address can never add a header.
      new InternetAddress(email, true).validate();
    } catch (AddressException e) {
      log.warn("Task notice: {} has an invalid email address, skipped", who);
      return;
    }
    byAddress.putIfAbsent(email.trim().toLowerCase(), new Recipient(email.trim(), vendorGroup));
  }
}
