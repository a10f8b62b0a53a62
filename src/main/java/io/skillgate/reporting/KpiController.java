package io.skillgate.reporting;

import io.skillgate.contract.ContractAccess;
import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.security.SkillGateUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/contracts/{id}/kpis}, its CSV export, and the confirmation of incentive statements.
 * Both parties read (a vendor only its own contracts: 404 otherwise); only the client side confirms.
 */
@RestController
@RequestMapping("/api/contracts/{id}")
public class KpiController {

  private final ContractAccess access;
  private final KpiService kpis;

  public KpiController(ContractAccess access, KpiService kpis) {
    this.access = access;
    this.kpis = kpis;
  }

  @GetMapping("/kpis")
  public KpiReport kpis(@PathVariable String id, SkillGateUser user) {
    return kpis.report(access.visible(user, id));
  }

  @GetMapping("/kpis.csv")
  public ResponseEntity<String> kpisCsv(@PathVariable String id, SkillGateUser user) {
    ContractSummary contract = access.visible(user, id);
    String csv = KpiCsv.of(kpis.report(contract));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("kpis-" + contract.id() + ".csv").build().toString())
        .body(csv);
  }

  /** Client side only ({@link KpiService#confirmStatement}); another vendor's contract is 404 first. */
  @PostMapping("/statements/{period}/confirmation")
  public IncentiveStatement confirmStatement(@PathVariable String id, @PathVariable int period, SkillGateUser user) {
    return kpis.confirmStatement(access.visible(user, id), period, user.id());
  }
}
