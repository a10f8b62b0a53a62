package io.skillgate.intake;

import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.security.SkillGateUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The intake page's API, also usable with curl ({@code -F terms=@contract.yaml -F roster=@team.csv}):
 * <ul>
 *   <li>{@code POST /api/contracts/intake} (reviewers, admins): multipart with {@code terms} (JSON or
 *   YAML, as a file or a text field) and optionally {@code roster} (CSV); {@code ?check=true} only
 *   checks and answers what would be registered;</li>
 *   <li>{@code POST /api/contracts/{id}/roster} (the contract's vendor, admins): multipart with
 *   {@code roster} (CSV): the members join the running contract.</li>
 * </ul>
 * Errors are the API's 400 with each field named: the terms' JSON path (and line), or the roster's
 * row and column.
 */
@RestController
@RequestMapping("/api/contracts")
public class IntakeController {

  private final IntakeService intake;

  public IntakeController(IntakeService intake) {
    this.intake = intake;
  }

  @PostMapping(path = "/intake", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> register(MultipartHttpServletRequest request,
      @RequestParam(defaultValue = "false") boolean check, SkillGateUser user) {
    String terms = text(request, "terms");
    String roster = text(request, "roster");
    if (check) {
      return ResponseEntity.ok(intake.check(terms, roster));
    }
    ContractSummary created = intake.register(terms, roster, user);
    return ResponseEntity.created(URI.create("/api/contracts/" + created.id())).body(created);
  }

  @PostMapping(path = "/{contractId}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<List<TeamMember>> addRoster(@PathVariable String contractId, MultipartHttpServletRequest request,
      SkillGateUser user) {
    List<TeamMember> joined = intake.addRoster(contractId, text(request, "roster"), user);
    return ResponseEntity.created(URI.create("/api/contracts/" + contractId)).body(joined);
  }

  /** A part sent as a file or as a plain form field; UTF-8 (a byte-order mark is dropped). */
  private static String text(MultipartHttpServletRequest request, String name) {
    MultipartFile file = request.getFile(name);
    String text;
    try {
      text = file != null ? new String(file.getBytes(), StandardCharsets.UTF_8) : request.getParameter(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
