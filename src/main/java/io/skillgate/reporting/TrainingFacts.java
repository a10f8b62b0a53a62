package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.util.List;

/**
 * What the training, assessment and certification features know about a contract, reduced to
 * the facts the KPIs need. The training feature provides the implementation (a Spring bean).
 */
@Port
public interface TrainingFacts {

  List<MilestoneFact> milestones(String contractId);

  List<AssessmentFact> assessments(String contractId);

  List<CertificationFact> certifications(String contractId);

}
