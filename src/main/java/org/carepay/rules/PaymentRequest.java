package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A well-formed line of requests/payment-requests.csv: one that is not INVALID_LINE (R5), which is why the
 * constructor refuses an amount not above 0 and only one of approved_by and approved_on.
 *
 * @param source     e.g. {@code requests/payment-requests.csv:4}
 * @param approvedBy null (with approvedOn null): not approved yet
 */
public record PaymentRequest(String source, String requestId, String providerId, String clientId,
        String requestType, BigDecimal amount, String reason, String requestedBy, String approvedBy,
        LocalDate approvedOn) {

    public PaymentRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(source + ": amount must be above 0 (INVALID_LINE)");
        }
        if ((approvedBy == null) != (approvedOn == null)) {
            throw new IllegalArgumentException(source + ": only one of approved_by and approved_on (INVALID_LINE)");
        }
    }

    public boolean approved() {
        return approvedBy != null;
    }
}
