package org.carepay.rules;

/**
 * The R3 policy values a council can change; {@link #DEFAULT} holds the specification's defaults. A run
 * records the values it used.
 *
 * @param deathGraceDays a care home is paid up to this many days after the date of death (3: died on
 *                       Monday, paid to Thursday)
 * @param retainerDays   a care home is paid for a hospital day d while d − admission ≤ this (42)
 */
public record ScheduledPolicy(int deathGraceDays, int retainerDays) {

    public static final ScheduledPolicy DEFAULT = new ScheduledPolicy(3, 42);

    public ScheduledPolicy {
        if (deathGraceDays < 0) {
            throw new IllegalArgumentException("deathGraceDays must be 0 or more: " + deathGraceDays);
        }
        if (retainerDays < 0) {
            throw new IllegalArgumentException("retainerDays must be 0 or more: " + retainerDays);
        }
    }
}
