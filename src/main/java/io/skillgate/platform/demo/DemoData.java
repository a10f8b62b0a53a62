package io.skillgate.platform.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractService;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.engine.EngineAccess;
import io.skillgate.platform.identity.VendorGroups;
import io.skillgate.platform.security.SkillGateUser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo users and demo contracts, on the embedded default only (skillgate.demo.enabled), so a
 * newcomer logs in and finds work at once. Passwords are documented in README and equal the user id
 * (demo only: they are the one exception to the password policy).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "skillgate.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final SkillGateUser SYSTEM = new SkillGateUser("demo-loader", List.of(SkillGateUser.ADMIN_GROUP));

  /** id, first name, last name, email, group. */
  private static final List<String[]> USERS = List.of(
      new String[] {"rita", "Rita", "Reviewer", "rita@harbor-mutual.example", SkillGateUser.REVIEWER_GROUP},
      new String[] {"nora", "Nora", "Northwind", "training-lead@northwind.example", "vendor-northwind"},
      new String[] {"oscar", "Oscar", "Oakfield", "training@oakfield.example", "vendor-oakfield"});

  private static final List<String> CONTRACTS = List.of("demo/harbor-northwind.json", "demo/harbor-oakfield.json");

  private final IdentityService identity;
  private final VendorGroups vendorGroups;
  private final ContractService contractService;
  private final Contracts contracts;
  private final ObjectMapper json;

  public DemoData(IdentityService identity, VendorGroups vendorGroups, ContractService contractService,
      Contracts contracts, ObjectMapper json) {
    this.identity = identity;
    this.vendorGroups = vendorGroups;
    this.contractService = contractService;
    this.contracts = contracts;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    vendorGroups.ensure("vendor-northwind", "Northwind BPO");
    vendorGroups.ensure("vendor-oakfield", "Oakfield Services");
    for (String[] u : USERS) {
      if (identity.createUserQuery().userId(u[0]).count() == 0) {
        User user = identity.newUser(u[0]);
        user.setFirstName(u[1]);
        user.setLastName(u[2]);
        user.setEmail(u[3]);
        user.setPassword(u[0]);
        // The demo's documented passwords (= user id) would fail the password policy: these users are
        // created past it, on the embedded default only. Every other password meets the policy.
        EngineAccess.saveUserPastPasswordPolicy(identity, user);
        identity.createMembership(u[0], u[4]);
      }
    }
    for (String resource : CONTRACTS) {
      try (InputStream in = new ClassPathResource(resource).getInputStream()) {
        Contract contract = json.readValue(in, Contract.class);
        if (!contracts.exists(contract.id())) {
          contractService.intake(contract, SYSTEM);
          log.info("demo contract {} loaded", contract.id());
        }
      }
    }
    log.warn("DEMO MODE: demo users rita, nora and oscar exist with their user id as password; "
        + "run with the 'postgres' profile for real use");
  }
}
