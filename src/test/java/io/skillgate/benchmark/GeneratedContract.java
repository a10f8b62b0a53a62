package io.skillgate.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Fixtures;

/**
 * A large contract built on the demo contract: n members over its three phases and roles, and
 * four modules per phase each with an assessment, so every member has real training to do.
 */
final class GeneratedContract {

  static final String[] ROLES = {"claims-agent", "claims-agent", "claims-agent", "team-lead", "qa-analyst"};

  private GeneratedContract() {}

  static ObjectNode of(String id, int members) {
    ObjectNode c = Fixtures.contract(id);
    ArrayNode phases = (ArrayNode) c.get("phases");
    ArrayNode training = c.putArray("trainingRequirements");
    for (int p = 0; p < phases.size(); p++) {
      String phase = phases.get(p).get("key").asText();
      for (int m = 1; m <= 4; m++) {
        ObjectNode t = training.addObject();
        t.put("module", phase + "-module-" + m);
        t.put("name", "Module " + m + " before " + phase);
        t.put("role", ROLES[(p * 4 + m) % ROLES.length]);
        t.put("beforePhase", phase);
        t.put("delivery", m % 2 == 0 ? "LIVE" : "SELF_PACED");
        ObjectNode a = t.putObject("assessment");
        a.put("kind", "TEST");
        a.put("passMark", 80);
        a.put("maxAttempts", 3);
      }
    }
    ArrayNode list = c.putArray("members");
    for (int i = 1; i <= members; i++) {
      ObjectNode member = list.addObject();
      member.put("id", String.format("GEN-%04d", i));
      member.put("name", "Generated Member " + i);
      member.put("email", "member" + i + "@northwind.example");
      member.put("role", ROLES[i % ROLES.length]);
      member.put("buddy", "Harbor handler " + (i % 10 + 1));
    }
    return c;
  }
}
