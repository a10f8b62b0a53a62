package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One attempt of one member at a module's assessment. */
@Port
public record AssessmentFact(
    String memberId, String role, String phase, String module, int attempt, BigDecimal score, boolean passed,
    LocalDate takenOn) {}
