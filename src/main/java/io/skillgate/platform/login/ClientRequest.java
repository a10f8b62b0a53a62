package io.skillgate.platform.login;

/**
 * The HTTP request being served on this thread, as far as login throttling cares: the client's
 * address (after a trusted proxy's X-Forwarded-For) and the login channel. Set by
 * {@link LoginThrottleFilter} for the length of the request, read where the engine checks a
 * password ({@code platform.engine.login.ThrottledIdentityProvider}); absent for password checks from Java code.
 */
record ClientRequest(String address, String channel) {

  private static final ThreadLocal<ClientRequest> CURRENT = new ThreadLocal<>();

  static ClientRequest current() {
    return CURRENT.get();
  }

  static void begin(ClientRequest request) {
    CURRENT.set(request);
  }

  static void end() {
    CURRENT.remove();
  }
}
