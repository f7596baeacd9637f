package org.carepay.rules;

/**
 * The R2 policy values a council can change; {@link #DEFAULT} holds the specification's defaults. A run
 * records the values it used.
 *
 * @param toleranceMinutes    t: a visit at most this much shorter than planned is paid as planned
 * @param roundingUnitMinutes u: a short (or authorised longer) visit is paid to the nearest u minutes
 */
public record HomecarePolicy(int toleranceMinutes, int roundingUnitMinutes) {

    public static final HomecarePolicy DEFAULT = new HomecarePolicy(5, 5);

    public HomecarePolicy {
        if (toleranceMinutes < 0) {
            throw new IllegalArgumentException("toleranceMinutes must be 0 or more: " + toleranceMinutes);
        }
        if (roundingUnitMinutes < 1) {
            throw new IllegalArgumentException("roundingUnitMinutes must be 1 or more: " + roundingUnitMinutes);
        }
    }

    /**
     * R2's {@code roundUnit(m) = u · floor((m + u/2) / u)}: the nearest multiple of u, halves up. The
     * specification's u/2 is an exact half (2.5 for u = 5), so the formula is taken times two to stay in
     * integers: {@code floor((2m + u) / 2u) · u}. With u = 5: 2 → 0, 3 → 5, 7 → 5, 8 → 10.
     */
    public int roundUnit(int minutes) {
        int u = roundingUnitMinutes;
        return Math.floorDiv(2 * minutes + u, 2 * u) * u;
    }
}
