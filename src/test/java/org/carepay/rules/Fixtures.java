package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A small council for the rule tests: week 2026-11-16, provider P01 with an uplift on Thursday. */
final class Fixtures {

    static final LocalDate WEEK = LocalDate.of(2026, 11, 16); // a Monday
    static final LocalDate MON = WEEK;
    static final LocalDate TUE = WEEK.plusDays(1);
    static final LocalDate WED = WEEK.plusDays(2);
    static final LocalDate THU = WEEK.plusDays(3);
    static final LocalDate FRI = WEEK.plusDays(4);
    static final LocalDate SAT = WEEK.plusDays(5);
    static final LocalDate SUN = WEEK.plusDays(6);

    /**
     * P01 HOMECARE: 24.10 from 2025-04-07, 25.20 from 2026-04-06, 26.40 from Thursday 2026-11-19. The
     * P02 and DAY_CARE rows start on Tuesday 2026-11-17 so that a mix-up of keys would show on Wednesday.
     * P03 has no row at all.
     */
    static final List<FrameworkRate> RATES = List.of(
            rate("P01", "HOMECARE", "2025-04-07", "24.10"),
            rate("P01", "HOMECARE", "2026-11-19", "26.40"),
            rate("P01", "HOMECARE", "2026-04-06", "25.20"),
            rate("P02", "HOMECARE", "2026-11-17", "99.00"),
            rate("P01", "DAY_CARE", "2026-11-17", "58.50"));

    private Fixtures() {
    }

    static FrameworkRate rate(String provider, String serviceType, String from, String unitRate) {
        return new FrameworkRate(provider, serviceType, LocalDate.parse(from), new BigDecimal(unitRate));
    }

    static Rates rates() {
        return new Rates(RATES);
    }

    static ReturnChecker checker() {
        return new ReturnChecker(WEEK, HomecarePolicy.DEFAULT, rates());
    }

    /** K1: C1's homecare at P01, on actuals, from 2026-01-05, open, 10.5 h a week, framework rate, 1 carer. */
    static PackageRow homecare() {
        return new PackageRow();
    }

    /** Record 2 of P01's return: C1 on K1, Tuesday, planned 07:30 30 min, actual 07:32 30 min, 1 carer. */
    static VisitRow line(int recordNo) {
        return new VisitRow(recordNo);
    }

    static final class PackageRow {
        String packageId = "K1";
        String clientId = "C1";
        String providerId = "P01";
        String serviceType = "HOMECARE";
        String basis = "ACTUALS";
        LocalDate start = LocalDate.of(2026, 1, 5);
        LocalDate end;
        BigDecimal plannedHours = new BigDecimal("10.5");
        BigDecimal unitRate;
        int carers = 1;
        String method = "GROSS";
        String funding = "COUNCIL";
        int healthShare;
        boolean chargeable = true;

        PackageRow id(String id) {
            packageId = id;
            return this;
        }

        PackageRow client(String id) {
            clientId = id;
            return this;
        }

        PackageRow provider(String id) {
            providerId = id;
            return this;
        }

        PackageRow kind(String type, String paymentBasis) {
            serviceType = type;
            basis = paymentBasis;
            return this;
        }

        PackageRow dates(LocalDate from, LocalDate to) {
            start = from;
            end = to;
            return this;
        }

        PackageRow plannedHours(String hours) {
            plannedHours = new BigDecimal(hours);
            return this;
        }

        PackageRow ownRate(String rate) {
            unitRate = new BigDecimal(rate);
            return this;
        }

        PackageRow carers(int n) {
            carers = n;
            return this;
        }

        /** planned_units_per_week, whatever the unit (a WEEK package has 1). */
        PackageRow planned(String units) {
            return plannedHours(units);
        }

        PackageRow net() {
            method = "NET";
            return this;
        }

        /** R6: funding COUNCIL, HEALTH or JOINT with its health_share_percent. */
        PackageRow funding(String fundedBy, int healthSharePercent) {
            funding = fundedBy;
            healthShare = healthSharePercent;
            return this;
        }

        /** R6: chargeable = N. */
        PackageRow notChargeable() {
            chargeable = false;
            return this;
        }

        CarePackage build() {
            return new CarePackage(packageId, clientId, providerId, serviceType, basis, start, end, plannedHours,
                    unitRate, carers, method, funding, healthShare, chargeable);
        }
    }

    static final class VisitRow {
        final int recordNo;
        String providerId = "P01";
        String clientId = "C1";
        String packageId = "K1";
        LocalDate date = TUE;
        int planned = 30;
        LocalTime actualStart = LocalTime.of(7, 32);
        int actual = 30;
        int carers = 1;
        String variationRef;

        VisitRow(int recordNo) {
            this.recordNo = recordNo;
        }

        VisitRow provider(String id) {
            providerId = id;
            return this;
        }

        VisitRow client(String id) {
            clientId = id;
            return this;
        }

        VisitRow pkg(String id) {
            packageId = id;
            return this;
        }

        VisitRow on(LocalDate day) {
            date = day;
            return this;
        }

        VisitRow at(String hhmm) {
            actualStart = LocalTime.parse(hhmm);
            return this;
        }

        VisitRow minutes(int plannedMinutes, int actualMinutes) {
            planned = plannedMinutes;
            actual = actualMinutes;
            return this;
        }

        VisitRow carers(int n) {
            carers = n;
            return this;
        }

        VisitRow variation(String ref) {
            variationRef = ref;
            return this;
        }

        Visit build() {
            return new Visit("returns/" + providerId + "-2026-11-16.csv:" + recordNo, recordNo, providerId, WEEK,
                    clientId, packageId, date, actualStart.minusMinutes(2), planned, actualStart, actual, carers,
                    "CR" + recordNo, variationRef);
        }
    }
}
