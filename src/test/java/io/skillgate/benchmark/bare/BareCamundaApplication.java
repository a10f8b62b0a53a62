package io.skillgate.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The boot-time baseline: a Spring Boot app with the Camunda starters (engine, REST, webapps) and the
 * same dependency jars as SkillGate, but none of SkillGate's classes, resources, migrations or models.
 * BootBenchmark starts it with SkillGate's engine settings (history full, authorization on) as arguments.
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
