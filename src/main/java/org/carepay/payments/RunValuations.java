package org.carepay.payments;

import org.carepay.ledger.RunLedger;
import org.carepay.reference.Valuations;
import org.carepay.valuation.WeekValuation;
import org.springframework.stereotype.Component;

/**
 * What a run values its weeks with once its rating has started: the snapshots among its recorded inputs and
 * the policy values it recorded, not what is current. Every part of a partitioned rating, in this process or
 * in a worker's, so values the week with the same data, whatever was published meanwhile. Read once per run
 * in a process, however many of its parts the process rates.
 */
@Component
public class RunValuations {

    private final Valuations valuations;
    private final RunLedger ledger;
    private final PaymentRuns runs;
    private String runId;
    private WeekValuation valuation;

    public RunValuations(Valuations valuations, RunLedger ledger, PaymentRuns runs) {
        this.valuations = valuations;
        this.ledger = ledger;
        this.runs = runs;
    }

    public synchronized WeekValuation of(String runId) {
        if (!runId.equals(this.runId)) {
            valuation = valuations.asOf(ledger.inputIds(runId), runs.policyValues(runId));
            this.runId = runId;
        }
        return valuation;
    }
}
