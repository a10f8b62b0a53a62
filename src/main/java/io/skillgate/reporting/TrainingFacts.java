package io.skillgate.reporting;

import java.util.List;

/**
 * What the training, assessment and certification features know about a contract, reduced to
 * the facts the KPIs need. The training feature provides the implementation (a Spring bean);
 * until it does, {@link #NONE} is used and every training KPI shows zero items.
 */
public interface TrainingFacts {

  List<MilestoneFact> milestones(String contractId);

  List<AssessmentFact> assessments(String contractId);

  List<CertificationFact> certifications(String contractId);

  /** No training data: used while no other implementation is a bean. */
  TrainingFacts NONE = new TrainingFacts() {
    @Override
    public List<MilestoneFact> milestones(String contractId) {
      return List.of();
    }

    @Override
    public List<AssessmentFact> assessments(String contractId) {
      return List.of();
    }

    @Override
    public List<CertificationFact> certifications(String contractId) {
      return List.of();
    }
  };
}
