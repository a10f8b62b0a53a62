package io.skillgate.handover;

import io.skillgate.platform.Port;
import java.util.List;
import java.util.Optional;

/**
 * The end-of-contract training evaluation shown in the handover report: each KPI against its
 * target. Implemented by the reporting feature; while no bean implements it, the report says
 * the evaluation is not available.
 */
@Port
public interface TrainingEvaluationSource {

  /** The evaluation of a contract, or empty when there is none (yet). */
  Optional<List<Line>> evaluate(String contractId);

  /** One KPI: its name, the target and the value reached (as displayed), and whether it was met. */
  record Line(String kpi, String target, String actual, boolean met) {}
}
