package io.skillgate.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar} from a folder that has no {@code processes/}: the jar deploys the models its
 * build packaged, byte for byte the committed files. Runs with the packaged app's tests (the
 * {@code security} group is the one that starts the built jar).
 */
@Tag("security")
class PackagedModelsTest {

  private final PackagedApp app = PackagedApp.get();

  @Test
  void theJarStartedOutsideTheRepositoryRunsOnTheModelsItCarries() throws Exception {
    assertThat(app.dataDir().resolve("processes")).as("the working folder has no processes folder").doesNotExist();
    assertThat(app.log()).contains("deploying the models packaged in the application");

    Map<String, byte[]> committed = ProcessesFolder.read(Path.of("processes"));
    Caller admin = app.as(PackagedApp.ADMIN);
    for (String key : new String[] {"ContractProgrammeProcess", "MemberOnboardingProcess"}) {
      JsonNode xml = admin.get("/engine-rest/process-definition/key/" + key + "/xml").json();
      String resource = committed.keySet().stream().filter(n -> n.endsWith("/" + key + ".bpmn")).findFirst().orElseThrow();
      assertThat(xml.get("bpmn20Xml").asText()).isEqualTo(new String(committed.get(resource), StandardCharsets.UTF_8));
    }
    // Every committed model is deployed under its folder name, as the admin's folder would name it.
    JsonNode log = admin.get("/api/admin/deployments?limit=200").json();
    String deployed = log.get(log.size() - 1).get("resources").toString();
    committed.keySet().forEach(name -> assertThat(deployed).contains(name));
    assertThat(Files.exists(app.dataDir().resolve("processes"))).isFalse();
  }
}
