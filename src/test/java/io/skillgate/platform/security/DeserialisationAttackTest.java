package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * JSON Object variables that name a class SkillGate never stores. Even an admin (the only one who
 * may still write variables this way) cannot make the engine instantiate them. Measured without the
 * engine's allow list: the {@code java.io.File} variable was deserialised and served (200); the
 * Hikari pool was refused by Jackson's own deny list, which the allow list now precedes (a pool told
 * to open a database file would create that file when deserialised and read).
 */
@Tag("security")
class DeserialisationAttackTest {

  private final PackagedApp app = PackagedApp.get();
  private final Caller admin = app.as(PackagedApp.ADMIN);
  private String instanceId;

  @Test
  void aHikariPoolInAVariableIsNeverBuilt() throws Exception {
    instanceId = demoInstance();
    Path bait = app.dataDir().resolve("dsr-hikari");
    String pool = "{\\\"jdbcUrl\\\": \\\"jdbc:h2:file:" + bait.toString().replace("\\", "/") + "\\\", "
        + "\\\"username\\\": \\\"sa\\\", \\\"password\\\": \\\"\\\"}";

    writeObject("pool", "com.zaxxer.hikari.HikariDataSource", pool);
    Caller.Reply read = admin.get(variable("pool") + "?deserializeValue=true");

    assertThat(read.status()).as(read.body()).isNotEqualTo(200);
    assertThat(read.body()).contains("Cannot deserialize").contains("com.zaxxer.hikari.HikariDataSource");
    assertThat(filesStartingWith("dsr-hikari")).as("no database file opened by a deserialised pool").isEmpty();
    // Read as stored (not deserialised), the value is still there: nothing else broke.
    assertThat(admin.get(variable("pool") + "?deserializeValue=false").status()).isEqualTo(200);
  }

  @Test
  void aFileInAVariableIsNeverBuilt() throws Exception {
    instanceId = demoInstance();
    writeObject("file", "java.io.File", "\\\"/etc/passwd\\\"");

    Caller.Reply read = admin.get(variable("file") + "?deserializeValue=true");

    assertThat(read.status()).as(read.body()).isNotEqualTo(200);
    assertThat(read.body()).contains("Cannot deserialize").contains("java.io.File").doesNotContain("root:");
  }

  @AfterEach
  void removeTheVariables() throws Exception {
    if (instanceId != null) {
      admin.delete(variable("pool"));
      admin.delete(variable("file"));
    }
  }

  private String demoInstance() throws Exception {
    Caller.Reply instances = admin.get("/engine-rest/process-instance?businessKey=HMI-NW-2027-01&maxResults=5");
    assertThat(instances.status()).as(instances.body()).isEqualTo(200);
    return instances.json().get(0).get("id").asText();
  }

  private void writeObject(String name, String type, String serialized) throws Exception {
    Caller.Reply written = admin.put(variable(name), "{\"value\": \"" + serialized + "\", \"type\": \"Object\", "
        + "\"valueInfo\": {\"objectTypeName\": \"" + type + "\", \"serializationDataFormat\": \"application/json\"}}");
    assertThat(written.status()).as(written.body()).isIn(204, 400);
  }

  private String variable(String name) {
    return "/engine-rest/process-instance/" + instanceId + "/variables/" + name;
  }

  private Stream<Path> filesStartingWith(String prefix) throws Exception {
    try (Stream<Path> all = Files.walk(app.dataDir())) {
      return all.filter(p -> p.getFileName().toString().startsWith(prefix)).toList().stream();
    }
  }
}
