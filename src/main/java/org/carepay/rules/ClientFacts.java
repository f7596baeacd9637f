package org.carepay.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the rules need to know about a client: the date of death and the hospital stays.
 *
 * <p>R1 counts overlapping absences of one client as one stay from the earliest admission, so the stays
 * are joined here once: two stays that share a day (discharged and readmitted the same day, or recorded
 * twice) are one stay, and that day is a hospital day.
 *
 * @param dateOfDeath null: alive
 * @param stays       the client's HOSPITAL absences, in any order
 */
public record ClientFacts(LocalDate dateOfDeath, List<HospitalStay> stays) {

    public static final ClientFacts ALIVE_AT_HOME = new ClientFacts(null, List.of());

    public ClientFacts {
        stays = joined(stays == null ? List.of() : stays);
    }

    /** R1: alive on d when there is no date of death or d ≤ date of death. */
    public boolean aliveOn(LocalDate d) {
        return dateOfDeath == null || !d.isAfter(dateOfDeath);
    }

    /** R1: in hospital on d when a stay has start &lt; d &lt; end (an open end: still in hospital). */
    public boolean inHospitalOn(LocalDate d) {
        return stayOn(d).isPresent();
    }

    /** The (joined) stay that keeps the client in hospital on d, e.g. for R3's retainer from its admission. */
    public Optional<HospitalStay> stayOn(LocalDate d) {
        return stays.stream().filter(stay -> stay.coversNight(d)).findFirst();
    }

    private static List<HospitalStay> joined(List<HospitalStay> stays) {
        List<HospitalStay> byAdmission = new ArrayList<>(stays);
        byAdmission.sort(Comparator.comparing(HospitalStay::start));
        List<HospitalStay> joined = new ArrayList<>();
        for (HospitalStay stay : byAdmission) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).overlaps(stay)) {
                joined.set(last, joined.get(last).joinedWith(stay));
            } else {
                joined.add(stay);
            }
        }
        return List.copyOf(joined);
    }
}
