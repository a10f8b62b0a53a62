package io.skillgate.platform.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * One ObjectMapper for the engine's REST resources ({@code /engine-rest} and the webapps' engine API
 * that Tasklist calls), configured exactly as Camunda configures its own. Camunda's
 * {@link JacksonConfigurator} builds a new mapper every time one is asked for, so every request paid
 * for a mapper and for looking up its readers and writers afresh: reading a Tasklist filter request's
 * body alone was 14 % of the request threads' time (docs/benchmark.md). A mapper is thread-safe once
 * configured, and Jackson copies the date format for each use.
 *
 * <p>Jersey asks the application's own providers in the order of their priority, lowest first, so
 * this one is asked before Camunda's. The mapper is made on first use, not when this class loads,
 * because Camunda reads a custom date format ({@code org.camunda.bpm.engine.rest.jackson.dateFormat})
 * while the servlet context starts.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
@Priority(Priorities.USER - 100)
public class SharedRestObjectMapper implements ContextResolver<ObjectMapper> {

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return Holder.MAPPER;
  }

  /** Loaded, and the mapper made, on the first getContext: the JVM makes it once for all threads. */
  private static final class Holder {
    static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  }
}
