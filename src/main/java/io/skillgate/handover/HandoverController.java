package io.skillgate.handover;

import io.skillgate.contract.ContractAccess;
import io.skillgate.platform.security.SkillGateUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A contract's termination and its exit handover report. */
@RestController
@RequestMapping("/api/contracts/{id}")
public class HandoverController {

  private final TerminationService terminations;
  private final HandoverReport report;
  private final HandoverReportHtml html;
  private final ContractAccess access;

  public HandoverController(TerminationService terminations, HandoverReport report, HandoverReportHtml html,
      ContractAccess access) {
    this.terminations = terminations;
    this.report = report;
    this.html = html;
    this.access = access;
  }

  /** Client reviewers and admins only; 409 when the contract was already terminated or has ended. */
  @PostMapping(path = "/termination", consumes = "application/json")
  public ResponseEntity<Termination> terminate(@PathVariable String id, @RequestBody(required = false)
      TerminationRequest request, SkillGateUser user) {
    return ResponseEntity.status(201).body(terminations.terminate(access.visible(user, id), request, user));
  }

  /** Both parties of the contract may read the report; other vendors get 404. */
  @GetMapping("/handover")
  public HandoverView handover(@PathVariable String id, SkillGateUser user) {
    return report.of(access.visible(user, id));
  }

  @GetMapping("/handover/report")
  public ResponseEntity<byte[]> document(@PathVariable String id, SkillGateUser user) {
    HandoverView view = report.of(access.visible(user, id));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("handover-report-" + id + ".html", StandardCharsets.UTF_8).build().toString())
        .body(html.render(view).getBytes(StandardCharsets.UTF_8));
  }
}
