package org.carepay.payments.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A line of the run that corrects released weeks (R7): an ADJUSTMENT of a package-week, or a
 * CARRIED_RECOVERY, with its reason; the QA report lists them for the approver.
 *
 * @param clientId  empty on a carried recovery; null is taken as empty
 * @param packageId empty on a carried recovery; null is taken as empty
 * @param source    the run it corrects, or the run a recovery is carried from
 */
public record Correction(String providerId, String clientId, String packageId, LocalDate weekStart, String lineType,
                         String source, BigDecimal amount, String detail) {

    /** By provider, client, package and week (code points), then line type and source. */
    public static final Comparator<Correction> ORDER = Comparator
            .comparing(Correction::providerId, Text.CODE_POINT_ORDER)
            .thenComparing(Correction::clientId, Text.CODE_POINT_ORDER)
            .thenComparing(Correction::packageId, Text.CODE_POINT_ORDER)
            .thenComparing(Correction::weekStart)
            .thenComparing(Correction::lineType)
            .thenComparing(Correction::source, Text.CODE_POINT_ORDER);

    public Correction {
        Objects.requireNonNull(providerId, "providerId");
        clientId = clientId == null ? "" : clientId;
        packageId = packageId == null ? "" : packageId;
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(lineType, "lineType");
        Objects.requireNonNull(source, "source");
        Money.pennies(amount, "amount");
        detail = detail == null ? "" : detail;
    }
}
