package io.skillgate.platform.engine.login;

import io.skillgate.platform.login.LoginGuard;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's database identity provider with SkillGate's login throttling in place of the
 * engine's own lock. The engine counts wrong passwords per user only: after
 * {@code loginMaxAttempts} anyone can lock any account for good, and while its delay runs it
 * refuses even the right password from its owner. Here every password check of an HTTP request
 * goes through {@link LoginGuard} (per user and client address, never a lock), and the user's
 * lock columns are neither read nor written.
 *
 * <p>Hooked in at the password check rather than judged from HTTP statuses because a status does
 * not tell whether a password was checked at all (a wrong Basic header next to a valid session
 * cookie still gets a 200 on some paths); this way every channel (engine REST, {@code /api},
 * the webapps' login and their password change) is covered the same.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginGuard guard;

  ThrottledIdentityProvider(LoginGuard guard) {
    this.guard = guard;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return guard.check(userId, () -> {
      UserEntity user = userId == null ? null : findUserById(userId);
      return user != null && password != null && matchPassword(password, user);
    });
  }

  /** Opens one provider per engine command, like the engine's own factory; the guard is looked up on first use. */
  static class Factory implements SessionFactory {

    private final Supplier<LoginGuard> guard;

    Factory(Supplier<LoginGuard> guard) {
      this.guard = guard;
    }

    @Override
    public Class<?> getSessionType() {
      return ThrottledIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new ThrottledIdentityProvider(guard.get());
    }
  }
}
