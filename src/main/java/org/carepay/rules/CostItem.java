package org.carepay.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount that a package of the client is paid for week w, before R6 takes the council's share: R2's
 * visit amounts of the package-week after the weekly cap, R3's gross amount of the package-week, or the
 * amount of an accepted R4 invoice line whose period_end falls in w. Ad-hoc payments (R5) are never one.
 *
 * @param amount exact, 2 decimals as paid
 */
public record CostItem(CarePackage pkg, BigDecimal amount) {

    public CostItem {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(amount, "amount");
    }
}
