package io.skillgate.reporting;

import java.util.List;

/**
 * The incentive ledger of a contract, as the incentive feature books it. Until that feature
 * provides a bean, {@link #NONE} is used and statements show zero entries.
 */
public interface LedgerFacts {

  List<LedgerEntryFact> entries(String contractId);

  LedgerFacts NONE = contractId -> List.of();
}
