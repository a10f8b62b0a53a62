package io.skillgate.contract;

import io.skillgate.platform.security.ClientOnly;
import io.skillgate.platform.security.SkillGateUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/contracts}: intake and the contracts a caller may see. */
@RestController
@RequestMapping("/api/contracts")
public class ContractController {

  private final ContractService service;
  private final ContractRepository contracts;
  private final ContractAccess access;
  private final TaskService tasks;

  public ContractController(ContractService service, ContractRepository contracts, ContractAccess access,
      TaskService tasks) {
    this.service = service;
    this.contracts = contracts;
    this.access = access;
    this.tasks = tasks;
  }

  @PostMapping(consumes = "application/json")
  @ClientOnly
  public ResponseEntity<ContractSummary> register(@Valid @RequestBody Contract contract, SkillGateUser user) {
    ContractSummary created = service.intake(contract, user);
    return ResponseEntity.created(URI.create("/api/contracts/" + created.id())).body(created);
  }

  @GetMapping
  public List<ContractSummary> list(SkillGateUser user) {
    return contracts.list(user.seesAllContracts() ? null : user.vendorGroups());
  }

  @GetMapping("/{id}")
  public ContractView get(@PathVariable String id, SkillGateUser user) {
    ContractSummary summary = access.visible(user, id);
    List<ContractView.OpenTask> open = tasks.createTaskQuery().processInstanceBusinessKey(id).active()
        .orderByDueDate().asc().list().stream()
        .map(t -> new ContractView.OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getDueDate(),
            t.getAssignee()))
        .toList();
    return new ContractView(summary, contracts.findTerms(id).orElseThrow(), contracts.members(id), open,
        contracts.events(id));
  }
}
