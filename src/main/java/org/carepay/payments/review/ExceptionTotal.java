package org.carepay.payments.review;

import java.math.BigDecimal;
import java.util.Comparator;

/** A run's exceptions of one code: how many, and the value they left unpaid (where it could be computed). */
public record ExceptionTotal(String code, String severity, long lines, BigDecimal notPaid) {

    /** REFUSED first, then INFO, then HELD; by code within each. */
    static final Comparator<ExceptionTotal> ORDER = Comparator
            .comparing((ExceptionTotal total) -> switch (total.severity()) {
                case "REFUSED" -> 0;
                case "INFO" -> 1;
                default -> 2;
            }).thenComparing(ExceptionTotal::code, Text.CODE_POINT_ORDER);
}
