package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Weak passwords, set by the admin or by a user for themselves: refused with a clear 400, nothing changed. */
@Tag("security")
class PasswordPolicyAttackTest {

  private final PackagedApp app = PackagedApp.get();

  @Test
  void theAdminCannotCreateAUserWithPasswordA() throws Exception {
    Caller admin = app.as(PackagedApp.ADMIN);
    Caller.Reply created = admin.post("/engine-rest/user/create", "{\"profile\": {\"id\": \"weakling\", "
        + "\"firstName\": \"Weak\", \"lastName\": \"Ling\", \"email\": \"weak@northwind.example\"}, "
        + "\"credentials\": {\"password\": \"a\"}}");

    assertThat(created.status()).as(created.body()).isEqualTo(400);
    assertThat(created.body()).contains("password: does not meet the password policy")
        .contains("at least 10 characters");
    assertThat(admin.get("/engine-rest/user/count?id=weakling").json().get("count").asInt()).isZero();
  }

  @Test
  void theAdminCannotChangeTheirOwnPasswordToA() throws Exception {
    Caller admin = app.as(PackagedApp.ADMIN);
    Caller.Reply changed = admin.put("/engine-rest/user/admin/credentials",
        "{\"password\": \"a\", \"authenticatedUserPassword\": \"" + app.passwordOf(PackagedApp.ADMIN) + "\"}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(400);
    assertThat(changed.body()).contains("password policy");
    assertThat(admin.get("/engine-rest/user/admin/profile").status()).as("the old password still works").isEqualTo(200);
    assertThat(app.as(PackagedApp.ADMIN).withPassword("a").from("198.51.100.41").get("/api/contracts").status())
        .isEqualTo(401);
  }

  @Test
  void theAdminWebappCannotCreateAUserWithPasswordAEither() throws Exception {
    WebappLogin.Session admin = WebappLogin.session(app.anonymous(), PackagedApp.ADMIN, app.passwordOf(PackagedApp.ADMIN));
    Caller.Reply created = admin.post("/camunda/api/engine/engine/default/user/create", "{\"profile\": {\"id\": "
        + "\"weakling2\", \"firstName\": \"Weak\", \"lastName\": \"Ling\", \"email\": \"weak2@northwind.example\"}, "
        + "\"credentials\": {\"password\": \"a\"}}");

    assertThat(created.status()).as(created.body()).isEqualTo(400);
    assertThat(created.body()).contains("password policy");
    assertThat(app.as(PackagedApp.ADMIN).get("/engine-rest/user/count?id=weakling2").json().get("count").asInt()).isZero();
  }

  @Test
  void aStrongPasswordIsStillAccepted() throws Exception {
    Caller admin = app.as(PackagedApp.ADMIN);
    Caller.Reply created = admin.post("/engine-rest/user/create", "{\"profile\": {\"id\": \"strongling\", "
        + "\"firstName\": \"Strong\", \"lastName\": \"Ling\", \"email\": \"strong@northwind.example\"}, "
        + "\"credentials\": {\"password\": \"Quite-Long-Pw-7\"}}");

    assertThat(created.status()).as(created.body()).isEqualTo(204);
    assertThat(admin.get("/engine-rest/user/count?id=strongling").json().get("count").asInt()).isEqualTo(1);
  }
}
