package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.util.List;

/**
 * The incentive ledger of a contract, as the incentive feature books it. The incentive feature provides the bean.
 */
@Port
public interface LedgerFacts {

  List<LedgerEntryFact> entries(String contractId);
}
