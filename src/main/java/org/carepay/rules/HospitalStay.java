package org.carepay.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A HOSPITAL absence: admitted on start, discharged on end.
 *
 * @param end null: still in hospital
 */
public record HospitalStay(LocalDate start, LocalDate end) {

    public HospitalStay {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a stay cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** R1: in hospital on d when start < d < end; the admission and discharge days count as at home. */
    public boolean coversNight(LocalDate d) {
        return d.isAfter(start) && (end == null || d.isBefore(end));
    }

    /** Two stays overlap when they share a day (a date range includes both ends, R0). */
    boolean overlaps(HospitalStay later) {
        return end == null || !later.start.isAfter(end);
    }

    /** One stay from the earlier admission to the later discharge (open if either is open). */
    HospitalStay joinedWith(HospitalStay later) {
        LocalDate joinedEnd = end == null || later.end == null ? null : (later.end.isAfter(end) ? later.end : end);
        return new HospitalStay(start.isAfter(later.start) ? later.start : start, joinedEnd);
    }

    /** For exception details: {@code 2026-11-17..2026-11-20}, or {@code 2026-11-17..still in}. */
    public String span() {
        return start + ".." + (end == null ? "still in" : end.toString());
    }
}
