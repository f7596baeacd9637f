package org.carepay.ledger;

import java.math.BigDecimal;

/**
 * An exception of a run that names its provider, as its remittance says it: in the section of what was not paid
 * (NOT_PAID), paid in part (REDUCED), or held or to come (LATER).
 */
public record NotPaid(String providerId, String section, String code, String clientId, String packageId,
                      String serviceDate, String detail, BigDecimal amountNotPaid, String sourcePath,
                      Integer sourceRecord) {
}
