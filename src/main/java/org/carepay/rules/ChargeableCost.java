package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * R6: the chargeable cost of one client's week: Σ over the client's packages that are charged to the client
 * ({@link CarePackage#chargedToClient()}: chargeable = Y, not NET, not ISF or DIRECT_PAYMENT) of the
 * package-week's amount × the council share, rounded per package-week.
 *
 * <p>Per package-week: the package's items of the week are summed first, then multiplied by the council
 * share / 100, then rounded half-up to the penny, once.
 *
 * @param packages the package-weeks that count towards the cost, in the order of their first item
 * @param total    Σ of their rounded shares, 2 decimals
 */
public record ChargeableCost(List<PackageWeek> packages, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One package's part of the cost.
     *
     * @param amount     Σ of the package's items of the week, exact
     * @param chargeable round(amount × council share / 100)
     */
    public record PackageWeek(CarePackage pkg, BigDecimal amount, BigDecimal chargeable) {
    }

    public ChargeableCost {
        packages = List.copyOf(packages);
        Objects.requireNonNull(total, "total");
    }

    /**
     * @param items the client's cost items of the week (see {@link CostItem}), any packages of the one
     *              client, in any order; items of packages not charged to the client are left out here
     */
    public static ChargeableCost of(List<CostItem> items) {
        Map<String, List<CostItem>> byPackage = new LinkedHashMap<>();
        for (CostItem item : items) {
            if (item.pkg().chargedToClient()) {
                byPackage.computeIfAbsent(item.pkg().packageId(), k -> new ArrayList<>()).add(item);
            }
        }
        List<PackageWeek> weeks = new ArrayList<>();
        BigDecimal total = new BigDecimal("0.00");
        for (List<CostItem> ofPackage : byPackage.values()) {
            CarePackage pkg = ofPackage.get(0).pkg();
            BigDecimal amount = BigDecimal.ZERO;
            for (CostItem item : ofPackage) {
                amount = amount.add(item.amount());
            }
            // HALF_UP rounds away from zero: symmetric for negatives, as R0 asks.
            BigDecimal chargeable = amount.multiply(pkg.councilSharePercent()).divide(HUNDRED, 2,
                    RoundingMode.HALF_UP);
            weeks.add(new PackageWeek(pkg, amount, chargeable));
            total = total.add(chargeable);
        }
        return new ChargeableCost(weeks, total);
    }

    /**
     * The packages that count towards the cost for R6's "not assessed" test: those charged to the client
     * with a council share above 0 (a HEALTH package adds nothing to the cost).
     */
    public List<CarePackage> countingPackages() {
        return packages.stream().map(PackageWeek::pkg).filter(p -> p.councilSharePercent().signum() > 0).toList();
    }
}
