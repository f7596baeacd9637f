package org.carepay.payments.homecare;

import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.RunRows;

/** A provider return of the run's week and the payment lines and exceptions its rating gave, to be written. */
record ReturnRows(ReturnFile file, RunRows rows) {
}
