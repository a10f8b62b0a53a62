package io.skillgate.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every {@link SkillGateTest} gets around each test, so no test class repeats it:
 * <ul>
 *   <li>before: camunda-bpm-assert bound to the shared context's engine, so {@code assertThat(instance)},
 *       {@code task(instance)} and {@code job(…)} of {@code BpmnAwareTests} work;</li>
 *   <li>after: the engine clock back to real time. A test that moves it ({@link ProcessHelpers#clockAt})
 *       cannot leak its day into the next test of the shared context, even when it fails.</li>
 * </ul>
 * Adds nothing to the Spring test context's configuration, so the one cached context is reused.
 */
public class SkillGateExtension implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    AbstractAssertions.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
    AbstractAssertions.reset();
  }
}
