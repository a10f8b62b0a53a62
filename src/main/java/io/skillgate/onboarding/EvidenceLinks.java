package io.skillgate.onboarding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Links the onboarding forms show: to the upload page, filled in with the contract, member, item
 * and task (it comes back to the task), and, on the reviewer's form, to the files the vendor
 * attached, served by the authenticated evidence API (a file of this contract only).
 */
@Component
public class EvidenceLinks {

  static final String UPLOAD_PAGE = "/dashboard/evidence-upload.html";

  public String uploadPage(String contractId, String memberId, long itemId, String taskId) {
    return UPLOAD_PAGE + "?contract=" + encode(contractId) + "&member=" + encode(memberId) + "&item=" + itemId
        + (taskId == null ? "" : "&task=" + encode(taskId));
  }

  public static String file(String contractId, long evidenceId) {
    return "/api/contracts/" + encode(contractId) + "/evidence/" + evidenceId;
  }

  /** One item on the reviewer's form, in Markdown: what it is, then each piece of evidence, files as links. */
  String reviewEntry(String contractId, OnboardingItem item, List<Evidence> evidence) {
    String head = "**" + OnboardingLabels.markdown(item.title()) + "**  \n"
        + OnboardingLabels.markdown(OnboardingLabels.kind(item.kind()) + " · " + OnboardingLabels.delivery(item.delivery())
            + (item.buddy() == null ? "" : " · buddy " + item.buddy()) + " · " + status(item.status()));
    if (evidence.isEmpty()) {
      return head + "  \nNo evidence yet.";
    }
    return head + evidence.stream()
        .map(e -> "  \n" + e.date() + ", " + e.durationMinutes() + " min, with " + OnboardingLabels.markdown(e.with())
            + ": " + reference(contractId, e.reference()) + " (recorded by " + OnboardingLabels.markdown(e.recordedBy()) + ")")
        .collect(Collectors.joining());
  }

  /**
   * One row of the vendor's evidence checklist, in Markdown: the item, where it stands (waiting,
   * returned with the client's reason, or recorded) and, while it waits, the link to the upload
   * page where its evidence is recorded.
   */
  String checklistRow(String contractId, String memberId, OnboardingItem item, List<Evidence> evidence, String taskId) {
    String head = "- **" + OnboardingLabels.markdown(item.title()) + "**  \n  "
        + OnboardingLabels.markdown(OnboardingLabels.kind(item.kind()) + " · " + OnboardingLabels.delivery(item.delivery())
            + (item.buddy() == null ? "" : " · with " + item.buddy()) + " · due " + item.dueDate()) + "  \n  ";
    String record = "[Record evidence](" + uploadPage(contractId, memberId, item.id(), taskId) + ")";
    return head + switch (item.status()) {
      case OPEN -> "Waiting for evidence · " + record;
      case RETURNED -> "Returned by the client: " + OnboardingLabels.markdown(item.returnReason()) + " · " + record;
      default -> evidence.isEmpty() ? "Recorded" : "Recorded: " + latest(evidence);
    };
  }

  private static String latest(List<Evidence> evidence) {
    Evidence e = evidence.get(evidence.size() - 1);
    return e.date() + ", " + e.durationMinutes() + " min, with " + OnboardingLabels.markdown(e.with());
  }

  /**
   * A reference as the reviewer sees it: each link to one of this contract's evidence files, or to
   * a web page, becomes a link; everything else is shown as text.
   */
  static String reference(String contractId, String reference) {
    Pattern ownFile = Pattern.compile(Pattern.quote("/api/contracts/" + encode(contractId) + "/evidence/") + "\\d+");
    return java.util.Arrays.stream(reference.split("\\s+"))
        .map(token -> ownFile.matcher(token).matches() ? "[file " + token.substring(token.lastIndexOf('/') + 1) + "]("
            + token + ")"
            : token.matches("https?://[^\\s()<>\\[\\]]+") ? "[" + OnboardingLabels.markdown(token) + "](" + token + ")"
            : OnboardingLabels.markdown(token))
        .collect(Collectors.joining(" "));
  }

  private static String status(ItemStatus status) {
    return switch (status) {
      case OPEN -> "waiting for evidence";
      case SUBMITTED -> "evidence submitted";
      case RETURNED -> "returned";
      case ACCEPTED -> "signed off";
      case CANCELLED -> "cancelled";
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
