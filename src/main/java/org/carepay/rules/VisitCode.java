package org.carepay.rules;

/**
 * The codes R2 gives a visit. The first ten refuse it, one each, checked in R2's order 2..11 (the order
 * of declaration); the last four are INFO: the visit is paid as the rule says and the code explains it.
 */
public enum VisitCode {
    UNKNOWN_CLIENT, UNKNOWN_PACKAGE, PACKAGE_MISMATCH, OUTSIDE_RETURN_WEEK, OUTSIDE_PACKAGE_DATES,
    CLIENT_DECEASED, CLIENT_IN_HOSPITAL, DUPLICATE_VISIT, MISSED_VISIT, NO_RATE,
    SHORT_VISIT, OVER_DELIVERY, CARERS_EXCEED_PLAN, WEEKLY_CAP_EXCEEDED;

    public static final String REFUSED = "REFUSED";
    public static final String INFO = "INFO";

    /** "Severity of the codes" in rules.md: REFUSED or INFO. */
    public String severity() {
        return refuses() ? REFUSED : INFO;
    }

    /** Whether the code refuses the visit (it is not paid). */
    public boolean refuses() {
        return compareTo(SHORT_VISIT) < 0;
    }
}
