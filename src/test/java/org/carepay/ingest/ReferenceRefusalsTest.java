package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.carepay.ingest.format.InboxKind;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;

/** R1: reference rows refused with their code and source, the rest of the snapshot taken in. */
class ReferenceRefusalsTest extends IngestTestSupport {

    @Test
    void everyRefusedReferenceRowIsListedWithItsCodeAndRecord() throws Exception {
        write("reference/clients.csv", CLIENTS_HEADER
                + "C1,Ann,Smith,1940-01-02,\"1 High St\nFlat 2\",AB1 2CD,D1,,NORMAL,\n" // record 2, two lines
                + "C2,Bob,Jones,1941-02-03,2 High St,AB1 2CD,D2,,ACCRUE,\n"            // 3
                + "\n"                                                                  // blank: no record
                + "C1,Ann,Smyth,1940-01-02,1 High St,AB1 2CD,D1,,NORMAL,\n"             // 4 DUPLICATE_ID
                + "C3,Cy,Brown,1950-05-06,3 High St,AB1 2CD,D3,,SOMETIMES,\n");         // 5 INVALID_LINE
        write("reference/providers.csv", PROVIDERS_HEADER
                + "P1,Care Co,S1,123456,12345678,Care Co Ltd,\n"
                + "P2,Home Help,S2,12345,12345678,Home Help Ltd,\n");                    // 3 sort code of 5 digits
        write("reference/packages.csv", PACKAGES_HEADER
                + "K1,C1,P1,HOMECARE,ACTUALS,,2026-01-05,,HOUR,10,,1,COUNCIL,,Y\n"
                + "K2,C9,P1,HOMECARE,ACTUALS,,2026-01-05,,HOUR,10,,1,COUNCIL,,Y\n"      // 3 client unknown
                + "K3,C2,P2,DAY_CARE,PLANNED,,2026-01-05,,SESSION,2,30.00,,JOINT,40,Y\n" // 4 provider refused
                + "K4,C2,P1,DAY_CARE,ACTUALS,,2026-01-05,,SESSION,2,30.00,,COUNCIL,,N\n" // 5 basis
                + "K5,C3,P1,RESIDENTIAL,PLANNED,NET,2026-01-05,,WEEK,1,800.00,,COUNCIL,,Y\n"); // 6 client refused
        write("reference/contributions.csv", CONTRIBUTIONS_HEADER
                + "C1,NON_RESIDENTIAL,2026-04-06,2026-11-18,40.00\n"
                + "C1,NON_RESIDENTIAL,2026-11-19,,42.50\n"
                + "C2,NON_RESIDENTIAL,2026-04-06,,20.00\n"                               // 4 overlaps 5
                + "C2,NIL,2026-10-01,,0\n"                                               // 5
                + "C1,NIL,2026-01-01,2026-04-05,5.00\n");                                // 6 NIL with an amount

        JobExecution execution = start();
        long id = ingestIds.of(execution);

        assertThat(exceptionsOf(execution)).isEqualTo(expected(execution, id,
                "DUPLICATE_ID,REFUSED,,C1,,reference/clients.csv:4,,an earlier row has the same client_id,",
                "INVALID_LINE,REFUSED,,C3,,reference/clients.csv:5,,\"billing_status 'SOMETIMES' is not one of ACCRUE, NORMAL\",",
                "OVERLAPPING_CONTRIBUTION,REFUSED,,C2,,reference/contributions.csv:4,,two contribution rows of this client overlap,",
                "OVERLAPPING_CONTRIBUTION,REFUSED,,C2,,reference/contributions.csv:5,,two contribution rows of this client overlap,",
                "INVALID_LINE,REFUSED,,C1,,reference/contributions.csv:6,,weekly_amount must be 0 for NIL,",
                "UNKNOWN_CLIENT,REFUSED,P1,C9,K2,reference/packages.csv:3,,client_id C9 is not in clients.csv,",
                "INVALID_LINE,REFUSED,P1,C2,K4,reference/packages.csv:5,,payment_basis ACTUALS is only for HOMECARE,",
                "UNKNOWN_CLIENT,REFUSED,P1,C3,K5,reference/packages.csv:6,,client_id C3 is not in clients.csv,",
                "UNKNOWN_PROVIDER,REFUSED,P2,C2,K3,reference/packages.csv:4,,provider_id P2 is not in providers.csv,",
                "INVALID_LINE,REFUSED,P2,,,reference/providers.csv:3,,sort_code is not 6 digits,"));

        assertThat(current(InboxKind.CLIENTS, "client_id || ':' || record_no || ':' || address_line_1"))
                .containsExactly("C1:2:1 High St\nFlat 2", "C2:3:2 High St");
        assertThat(current(InboxKind.PACKAGES, "package_id || ' ' || payment_method || ' ' || carers || ' ' || health_share_percent"))
                .containsExactly("K1 GROSS 1 0");
        assertThat(current(InboxKind.CONTRIBUTIONS, "client_id || ' ' || effective_from || ' ' || weekly_amount"))
                .containsExactly("C1 2026-04-06 40.00", "C1 2026-11-19 42.50");
    }

    @Test
    void budgetRowsAreRefusedAsR1sAndTheRestTakenIn() throws Exception {
        write("reference/budgets.csv", "service_type,financial_year_start,annual_budget\n"
                + "HOMECARE,2026-04-01,2500000.00\n"
                + "ADHOC,2026-04-01,50000\n"
                + "HOMECARE,2026-04-01,2600000.00\n"    // 4: a second row of one service type and year
                + "RESIDENTIAL,2026-04-06,9000000.00\n" // 5: not a 1 April
                + "TRANSPORT,2026-04-01,1000.00\n"      // 6: not a service type
                + "NURSING,2026-04-01,-5.00\n"          // 7
                + "HOMECARE,2025-04-01,2400000.00\n");  // 8: last year's, a row of its own

        JobExecution execution = start();
        long id = ingestIds.of(execution);

        assertThat(exceptionsOf(execution)).isEqualTo(expected(execution, id,
                "DUPLICATE_ID,REFUSED,,,,reference/budgets.csv:4,,\"an earlier row has the same service_type,"
                        + " financial_year_start\",",
                "INVALID_LINE,REFUSED,,,,reference/budgets.csv:5,,financial_year_start 2026-04-06 is not the start of"
                        + " a financial year (1 April),",
                "INVALID_LINE,REFUSED,,,,reference/budgets.csv:6,,\"service_type 'TRANSPORT' is not one of ADHOC,"
                        + " DAY_CARE, DIRECT_PAYMENT, HOMECARE, ISF, NURSING, RESIDENTIAL, SUPPORTED_LIVING\",",
                "INVALID_LINE,REFUSED,,,,reference/budgets.csv:7,,annual_budget -5.00 is negative,"));
        assertThat(current(InboxKind.BUDGETS, "service_type || ' ' || financial_year_start || ' ' || annual_budget"))
                .containsExactlyInAnyOrder("HOMECARE 2026-04-01 2500000.00", "ADHOC 2026-04-01 50000.00",
                        "HOMECARE 2025-04-01 2400000.00");
    }

    @Test
    void aRefusedEntityKeepsItsRowFromThePreviousSnapshot() throws Exception {
        write("reference/clients.csv", CLIENTS_HEADER
                + "C1,Ann,Smith,1940-01-02,1 High St,AB1 2CD,D1,,NORMAL,\n"
                + "C2,Bob,Jones,1941-02-03,2 High St,AB1 2CD,D2,,NORMAL,\n");
        write("reference/contributions.csv", CONTRIBUTIONS_HEADER
                + "C1,NON_RESIDENTIAL,2026-04-06,,40.00\n"
                + "C2,NON_RESIDENTIAL,2026-04-06,2026-09-30,20.00\n"
                + "C2,RESIDENTIAL,2026-10-01,,150.00\n");
        ingest();

        // Tonight: C2 dies but the row is malformed; C1's reassessment overlaps; C3 is new.
        write("reference/clients.csv", CLIENTS_HEADER
                + "C1,Ann,Smith,1940-01-02,1 High St,AB1 2CD,D1,,NORMAL,\n"
                + "C2,Bob,Jones,1941-02-03,2 High St,AB1 2CD,D2,2026-11-31,NORMAL,\n"
                + "C3,Cy,Brown,1950-05-06,3 High St,AB1 2CD,D3,,NORMAL,\n");
        write("reference/contributions.csv", CONTRIBUTIONS_HEADER
                + "C1,NON_RESIDENTIAL,2026-04-06,2026-11-30,40.00\n"
                + "C1,NON_RESIDENTIAL,2026-11-16,,45.00\n"
                + "C2,NON_RESIDENTIAL,2026-04-06,2026-09-30,20.00\n"
                + "C2,RESIDENTIAL,2026-10-01,,155.00\n");
        ingest();

        assertThat(current(InboxKind.CLIENTS, "client_id || ' ' || coalesce(date_of_death::text, '-') || ' ' || origin_file_id"))
                .containsExactlyInAnyOrder("C1 - " + fileId("reference/clients.csv", 2),
                        "C2 - " + fileId("reference/clients.csv", 1), // kept from the first snapshot
                        "C3 - " + fileId("reference/clients.csv", 2));
        assertThat(current(InboxKind.CONTRIBUTIONS, "client_id || ' ' || effective_from || ' ' || weekly_amount"))
                .containsExactly("C1 2026-04-06 40.00", // C1 keeps what it had
                        "C2 2026-04-06 20.00", "C2 2026-10-01 155.00");
    }

    private long fileId(String path, int nth) {
        return jdbc.queryForObject("select id from inbox_file where path = ? and status = 'TAKEN_IN' order by id"
                + " offset ? limit 1", Long.class, path, nth - 1);
    }

    /** The rows of the current snapshot of a reference kind, as text, in record order. */
    private List<String> current(InboxKind kind, String expression) {
        return jdbc.queryForList("select " + expression + " from " + kind.table() + " where file_id = (select max(id)"
                + " from inbox_file where status = 'TAKEN_IN' and kind = ?) order by origin_file_id, record_no",
                String.class, kind.name());
    }
}
