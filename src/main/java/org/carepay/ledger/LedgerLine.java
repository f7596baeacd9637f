package org.carepay.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** A payment line of a run as the ledger holds it (payment_line), read back for the run's files. */
public record LedgerLine(String providerId, String clientId, String packageId, String serviceType,
                         LocalDate weekStart, LocalDate serviceDate, String lineType, String sourcePath,
                         Integer sourceRecord, BigDecimal paidUnits, BigDecimal amount, String detail,
                         LocalTime actualStart) {

    /** R7's lines: a correction of a released week, or a recovery carried from an earlier run. */
    public boolean corrects() {
        return "ADJUSTMENT".equals(lineType) || "CARRIED_RECOVERY".equals(lineType);
    }
}
