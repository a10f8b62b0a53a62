package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The identity service down is a 503 that says so, not a 401 that calls a right password wrong. */
class IdentityServiceAuthenticationTest {

  private final IdentityService identity = mock(IdentityService.class);
  private final IdentityServiceAuthenticationProvider provider = new IdentityServiceAuthenticationProvider(identity);
  private final ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(new JsonErrors(new ObjectMapper()));

  @Test
  void aDatabaseOutageIsA503() throws Exception {
    when(identity.checkPassword("rita", "rita")).thenThrow(new ProcessEngineException("connection refused"));

    AuthenticationServiceException failure = org.junit.jupiter.api.Assertions.assertThrows(
        AuthenticationServiceException.class, () -> provider.authenticate(token("rita", "rita")));
    MockHttpServletResponse response = new MockHttpServletResponse();
    entryPoint.commence(new MockHttpServletRequest("GET", "/api/contracts"), response, failure);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString()).contains("cannot check your credentials");
  }

  @Test
  void aWrongPasswordIsA401WithABasicChallenge() throws Exception {
    when(identity.checkPassword("rita", "guess")).thenReturn(false);

    assertThatThrownBy(() -> provider.authenticate(token("rita", "guess"))).isInstanceOf(BadCredentialsException.class);
    MockHttpServletResponse response = new MockHttpServletResponse();
    entryPoint.commence(new MockHttpServletRequest("POST", "/api/contracts"), response, new BadCredentialsException("x"));
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void aBrowsersBackgroundRequestGetsNoBasicDialog() throws Exception {
    MockHttpServletRequest fetch = new MockHttpServletRequest("GET", "/dashboard/dashboard.js");
    fetch.addHeader("Sec-Fetch-Mode", "no-cors");
    MockHttpServletResponse response = new MockHttpServletResponse();
    entryPoint.commence(fetch, response, new org.springframework.security.authentication.InsufficientAuthenticationException("x"));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("WWW-Authenticate")).isNull();
  }

  private static UsernamePasswordAuthenticationToken token(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
