package io.skillgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SkillGate: the upskilling clauses of outsourcing contracts as executable Camunda 7 processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SkillGateApplication {

  public static void main(String[] args) {
    SpringApplication.run(SkillGateApplication.class, args);
  }
}
