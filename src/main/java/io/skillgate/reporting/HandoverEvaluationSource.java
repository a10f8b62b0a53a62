package io.skillgate.reporting;

import io.skillgate.contract.Contracts;
import io.skillgate.handover.TrainingEvaluationSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the exit handover report the end-of-contract evaluation: every contract KPI against its target. */
@Component
class HandoverEvaluationSource implements TrainingEvaluationSource {

  private final Contracts contracts;
  private final KpiService kpis;

  HandoverEvaluationSource(Contracts contracts, KpiService kpis) {
    this.contracts = contracts;
    this.kpis = kpis;
  }

  @Override
  public Optional<List<Line>> evaluate(String contractId) {
    return contracts.find(contractId).map(summary -> kpis.report(summary).contractKpis().stream()
        .map(HandoverEvaluationSource::line)
        .toList());
  }

  private static Line line(KpiChange c) {
    String unit = c.unit() == null ? "" : " " + c.unit();
    String actual = c.latest() == null ? "no value yet" : c.latest().toPlainString() + unit;
    return new Line(c.name(), c.target().toPlainString() + unit, actual, Boolean.TRUE.equals(c.met()));
  }
}
