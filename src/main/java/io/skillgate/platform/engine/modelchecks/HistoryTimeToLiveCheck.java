package io.skillgate.platform.engine.modelchecks;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Each process and decision says how long its history is kept, as the engine demands when it
 * enforces it and has no default; reported once, in a sentence that says where to set it (the
 * engine's own message names neither the element nor the Modeler field).
 */
final class HistoryTimeToLiveCheck {

  private final ProcessEngineConfigurationImpl configuration;

  HistoryTimeToLiveCheck(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  void check(String resource, Element definition, String value, String what, ModelProblems problems) {
    if (value == null || value.isBlank()) {
      if (configuration.isEnforceHistoryTimeToLive() && configuration.getHistoryTimeToLive() == null) {
        problems.add(resource, definition, definition.attribute("id"), what, "has no History Time To Live;"
            + " set it in the Modeler (History cleanup, e.g. 1825 days; camunda:historyTimeToLive=\"P1825D\")");
      }
      return;
    }
    try {
      ParseUtil.parseHistoryTimeToLive(value);
    } catch (RuntimeException e) {
      problems.add(resource, definition, definition.attribute("id"), what, "has History Time To Live '" + value
          + "', which is neither a number of days nor a period like P1825D");
    }
  }
}
