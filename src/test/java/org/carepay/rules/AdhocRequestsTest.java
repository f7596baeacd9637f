package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepay.rules.Fixtures.WEEK;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R5 for a scheduled run of week 2026-11-16 (Mon 16 .. Sun 22). */
class AdhocRequestsTest {

    /** Record 4: 150.00 EMERGENCY for C1 at P01, asked by Ann Smith, approved by Bob Jones on approvedOn. */
    private static PaymentRequest request(String approvedBy, LocalDate approvedOn) {
        return new PaymentRequest("requests/payment-requests.csv:4", "R1", "P01", "C1", "EMERGENCY",
                new BigDecimal("150.00"), "boiler", "Ann Smith", approvedBy, approvedOn);
    }

    private static PaymentRequest approvedOn(LocalDate day) {
        return request("Bob Jones", day);
    }

    private static AdhocRequests.Decision decide(PaymentRequest request) {
        return AdhocRequests.decide(request, WEEK, true, true);
    }

    private static void assertListed(AdhocRequests.Decision decision, ScheduledCode code,
            ScheduledCode.Severity severity) {
        assertThat(decision.payable()).isFalse();
        assertThat(decision.code()).isEqualTo(code);
        assertThat(decision.note().code()).isEqualTo(code);
        assertThat(code.severity()).isEqualTo(severity);
    }

    @Test
    void approvedInAnEarlierWeekIsPayable() {
        // Thu 12 Nov is in week 2026-11-09, which starts before the run's week.
        AdhocRequests.Decision decision = decide(approvedOn(LocalDate.of(2026, 11, 12)));
        assertThat(decision.payable()).isTrue();
        assertThat(decision.code()).isNull();
        assertThat(decision.note()).isNull();
    }

    @Test
    void approvedInTheRunsOwnWeekIsPayableEvenOnItsSunday() {
        // Mon 16 and Sun 22 are both in week 2026-11-16: the run's week starts on that Monday.
        assertThat(decide(approvedOn(WEEK)).payable()).isTrue();
        assertThat(decide(approvedOn(LocalDate.of(2026, 11, 22))).payable()).isTrue();
    }

    @Test
    void approvedForALaterWeekAwaitsItsWeek() {
        // Mon 23 is in week 2026-11-23, after the run's week: INFO, listed.
        AdhocRequests.Decision decision = decide(approvedOn(LocalDate.of(2026, 11, 23)));
        assertListed(decision, ScheduledCode.AWAITING_WEEK, ScheduledCode.Severity.INFO);
        assertThat(decision.note().detail()).isEqualTo("approved on 2026-11-23, payable from week 2026-11-23");
        // The run of that week pays it.
        assertThat(AdhocRequests.decide(approvedOn(LocalDate.of(2026, 11, 25)), LocalDate.of(2026, 11, 23), true,
                true).payable()).isTrue();
    }

    @Test
    void notApprovedIsHeld() {
        assertListed(decide(request(null, null)), ScheduledCode.AWAITING_APPROVAL, ScheduledCode.Severity.HELD);
    }

    @Test
    void approvedByTheRequesterIsHeldWhateverTheCaseAndSpaces() {
        assertListed(decide(request("  ann SMITH ", LocalDate.of(2026, 11, 12))), ScheduledCode.SELF_APPROVED,
                ScheduledCode.Severity.HELD);
        // Inner white space is not ignored: "Ann  Smith" is someone else.
        assertThat(decide(request("Ann  Smith", LocalDate.of(2026, 11, 12))).payable()).isTrue();
    }

    @Test
    void selfApprovedForALaterWeekIsSelfApproved() {
        assertListed(decide(request("Ann Smith", LocalDate.of(2026, 11, 30))), ScheduledCode.SELF_APPROVED,
                ScheduledCode.Severity.HELD);
    }

    @Test
    void unknownProviderThenUnknownClientComeFirst() {
        PaymentRequest unapproved = request(null, null);
        assertListed(AdhocRequests.decide(unapproved, WEEK, false, false), ScheduledCode.UNKNOWN_PROVIDER,
                ScheduledCode.Severity.REFUSED);
        assertListed(AdhocRequests.decide(unapproved, WEEK, true, false), ScheduledCode.UNKNOWN_CLIENT,
                ScheduledCode.Severity.REFUSED);
    }

    @Test
    void aWeekThatIsNotAMondayIsACallersBug() {
        assertThatThrownBy(() -> AdhocRequests.decide(approvedOn(WEEK), WEEK.plusDays(1), true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedRequestsAreInvalidLinesAtIngest() {
        assertThatThrownBy(() -> request("Bob Jones", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request(null, WEEK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentRequest("requests/payment-requests.csv:5", "R2", "P01", "C1", "OTHER",
                new BigDecimal("0.00"), "none", "Ann Smith", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
