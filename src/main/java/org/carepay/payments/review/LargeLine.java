package org.carepay.payments.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A payment line that may be over R8's large-line threshold. The run may hand over just the lines over
 * the threshold (a cheap query) or more: {@link QaFlags} applies the threshold itself.
 *
 * @param clientId  empty where the line has none (a carried recovery); null is taken as empty
 * @param packageId empty where the line has none (an ad-hoc payment, a carried recovery); null as empty
 * @param source    the line's source as in payment-lines.csv
 */
public record LargeLine(String providerId, String clientId, String packageId, String source, BigDecimal amount) {

    public LargeLine {
        Objects.requireNonNull(providerId, "providerId");
        clientId = clientId == null ? "" : clientId;
        packageId = packageId == null ? "" : packageId;
        Objects.requireNonNull(source, "source");
        Money.pennies(amount, "amount");
    }
}
