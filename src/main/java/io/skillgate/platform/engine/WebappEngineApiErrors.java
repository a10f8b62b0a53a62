package io.skillgate.platform.engine;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Gives the webapps' engine API ({@code /camunda/api/engine}, what Tasklist calls) the same error
 * answers as {@code /engine-rest} ({@link EngineRestErrors}): without them, a form refused by a
 * complete listener reaches the person in Tasklist as HTTP 500 with the engine's text. It gets the
 * same shared JSON mapper too ({@link SharedRestObjectMapper}).
 *
 * <p>Camunda's webapp starter registers that API as the Jersey servlet "Engine Api" with no way to
 * add providers; Jersey reads extra provider classes from the servlet's init parameters when the
 * servlet starts. Camunda's initializer has no order, so this one runs after it by being declared
 * in an auto-configuration that comes after Camunda's (initializers of equal order start in the
 * order their beans were declared); the web tests prove the servlet got the parameter.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
public class WebappEngineApiErrors {

  static final String ENGINE_API_SERVLET = "Engine Api";

  private static final Logger log = LoggerFactory.getLogger(WebappEngineApiErrors.class);

  @Bean
  ServletContextInitializer webappEngineApiErrorAnswers() {
    return WebappEngineApiErrors::addMappers;
  }

  static void addMappers(ServletContext context) {
    ServletRegistration api = context.getServletRegistration(ENGINE_API_SERVLET);
    if (api == null) {
      log.warn("no '{}' servlet: the webapps' engine API keeps Camunda's error answers", ENGINE_API_SERVLET);
      return;
    }
    api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
        String.join(",", EngineRestErrors.RestExceptions.class.getName(), EngineRestErrors.EngineExceptions.class.getName(),
            EngineRestErrors.OtherRuntimeExceptions.class.getName(), SharedRestObjectMapper.class.getName()));
  }
}
