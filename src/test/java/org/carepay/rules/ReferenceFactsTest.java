package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepay.rules.Fixtures.homecare;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R1's days: a package active, a client alive, a client in hospital. */
class ReferenceFactsTest {

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void aPackageIsActiveFromItsStartToItsEndBothIncluded() {
        CarePackage ended = homecare().dates(nov(2), nov(18)).build();
        assertThat(ended.activeOn(nov(1))).isFalse();
        assertThat(ended.activeOn(nov(2))).isTrue();  // start_date ≤ d
        assertThat(ended.activeOn(nov(18))).isTrue(); // d ≤ end_date
        assertThat(ended.activeOn(nov(19))).isFalse();
        CarePackage open = homecare().dates(nov(2), null).build();
        assertThat(open.activeOn(LocalDate.of(2099, 12, 31))).isTrue(); // an empty end is open
    }

    @Test
    void aClientIsAliveUpToAndOnTheDateOfDeath() {
        ClientFacts died = new ClientFacts(nov(18), List.of());
        assertThat(died.aliveOn(nov(18))).isTrue(); // d ≤ date_of_death
        assertThat(died.aliveOn(nov(19))).isFalse();
        assertThat(ClientFacts.ALIVE_AT_HOME.aliveOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void admissionAndDischargeDaysCountAsAtHome() {
        ClientFacts stay = new ClientFacts(null, List.of(new HospitalStay(nov(17), nov(20))));
        // start < d < end: 17 < 18, 19 < 20 only.
        assertThat(stay.inHospitalOn(nov(16))).isFalse();
        assertThat(stay.inHospitalOn(nov(17))).isFalse(); // admission day
        assertThat(stay.inHospitalOn(nov(18))).isTrue();
        assertThat(stay.inHospitalOn(nov(19))).isTrue();
        assertThat(stay.inHospitalOn(nov(20))).isFalse(); // discharge day
    }

    @Test
    void anOpenStayMeansStillInHospital() {
        ClientFacts stay = new ClientFacts(null, List.of(new HospitalStay(nov(17), null)));
        assertThat(stay.inHospitalOn(nov(17))).isFalse();
        assertThat(stay.inHospitalOn(nov(18))).isTrue();
        assertThat(stay.inHospitalOn(LocalDate.of(2027, 6, 1))).isTrue();
    }

    @Test
    void aStayOfOneDayHasNoHospitalDay() {
        // start < d < end has no d when start = end.
        assertThat(new ClientFacts(null, List.of(new HospitalStay(nov(18), nov(18)))).inHospitalOn(nov(18))).isFalse();
    }

    @Test
    void overlappingStaysAreOneStayFromTheEarliestAdmission() {
        // [11-10, 11-18] and [11-18, 11-25] share the 18th (R0: a range includes both ends), so they are one
        // stay 11-10..11-25 and the 18th, a discharge and a readmission, is a hospital day.
        ClientFacts twice = new ClientFacts(null, List.of(new HospitalStay(nov(18), nov(25)),
                new HospitalStay(nov(10), nov(18))));
        assertThat(twice.stays()).containsExactly(new HospitalStay(nov(10), nov(25)));
        assertThat(twice.inHospitalOn(nov(18))).isTrue();
        assertThat(twice.stayOn(nov(22))).map(HospitalStay::start).contains(nov(10));
        assertThat(twice.inHospitalOn(nov(25))).isFalse();
    }

    @Test
    void aStayInsideAnOpenOneLeavesItOpen() {
        ClientFacts stays = new ClientFacts(null, List.of(new HospitalStay(nov(1), null),
                new HospitalStay(nov(3), nov(5))));
        assertThat(stays.stays()).containsExactly(new HospitalStay(nov(1), null));
        assertThat(stays.inHospitalOn(nov(5))).isTrue(); // not a discharge day: still in from the 1st
    }

    @Test
    void staysThatDoNotShareADayStayApart() {
        ClientFacts stays = new ClientFacts(null, List.of(new HospitalStay(nov(1), nov(5)),
                new HospitalStay(nov(6), nov(9))));
        assertThat(stays.stays()).hasSize(2);
        assertThat(stays.inHospitalOn(nov(5))).isFalse(); // discharged
        assertThat(stays.inHospitalOn(nov(6))).isFalse(); // readmitted
        assertThat(stays.inHospitalOn(nov(7))).isTrue();
    }
}
