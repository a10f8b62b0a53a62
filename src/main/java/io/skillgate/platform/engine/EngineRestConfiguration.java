package io.skillgate.platform.engine;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API (Camunda's Jersey application) with SkillGate's error answers and its shared JSON mapper added. */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(EngineRestErrors.RestExceptions.class);
    register(EngineRestErrors.EngineExceptions.class);
    register(EngineRestErrors.OtherRuntimeExceptions.class);
    register(SharedRestObjectMapper.class);
  }
}
