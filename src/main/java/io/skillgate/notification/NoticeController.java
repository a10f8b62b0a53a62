package io.skillgate.notification;

import io.skillgate.contract.ContractAccess;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.ConflictException;
import io.skillgate.platform.web.InvalidInputException;
import io.skillgate.platform.web.NotFoundException;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/notifications}: each notice's delivery state. Admins and the client's reviewers see all;
 * a vendor's users only the notices sent to their vendor's side. Only admins re-send.
 */
@RestController
@RequestMapping("/api/notifications")
public class NoticeController {

  static final int MAX_LIMIT = 500;

  private final NoticeRepository notices;
  private final NoticeService service;
  private final ContractAccess access;

  public NoticeController(NoticeRepository notices, NoticeService service, ContractAccess access) {
    this.notices = notices;
    this.service = service;
    this.access = access;
  }

  @GetMapping
  public List<Notice> list(@RequestParam(required = false) String contract,
      @RequestParam(required = false) String status, @RequestParam(required = false) String recipient,
      @RequestParam(defaultValue = "100") int limit, SkillGateUser user) {
    NoticeStatus wanted = parseStatus(status);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (contract != null) {
      access.visible(user, contract); // 404 for another vendor's contract
    }
    return notices.search(contract, wanted, blankToNull(recipient),
        user.seesAllContracts() ? null : user.vendorGroups(), limit);
  }

  @GetMapping("/{id}")
  public Notice get(@PathVariable String id, SkillGateUser user) {
    return notices.find(id)
        .filter(n -> user.seesAllContracts() || (n.vendorGroup() != null && user.belongsTo(n.vendorGroup())))
        .orElseThrow(() -> new NotFoundException("no notice '" + id + "'"));
  }

  /** Admins only ({@link NoticeService#resend}); a notice the caller may not see is 404 first. */
  @PostMapping("/{id}/resend")
  public Notice resend(@PathVariable String id, SkillGateUser user) {
    Notice notice = get(id, user);
    if (!service.resend(id)) {
      throw new ConflictException("notice '" + id + "' is " + notice.status()
          + "; only FAILED notices (or HELD ones once SMTP is configured) can be re-sent");
    }
    return notices.find(id).orElseThrow();
  }

  private static NoticeStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return NoticeStatus.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "must be one of " + Arrays.toString(NoticeStatus.values()));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
