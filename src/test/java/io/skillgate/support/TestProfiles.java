package io.skillgate.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", or whatever -Dspring.profiles.active says (CI adds "postgres"). */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    String active = System.getProperty("spring.profiles.active");
    return active == null || active.isBlank() ? new String[] {"test"} : active.split(",");
  }
}
