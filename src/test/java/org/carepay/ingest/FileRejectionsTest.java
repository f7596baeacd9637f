package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;

/** formats.md: a file is rejected whole, with the first code that applies, and ingest goes on. */
class FileRejectionsTest extends IngestTestSupport {

    private static final String VISIT = ",C1,K1,2026-11-16,07:30,30,07:31,30,1,,\n";

    @BeforeEach
    void reference() throws Exception {
        write("reference/providers.csv", PROVIDERS_HEADER + "P1,Care Co,S1,123456,12345678,Care Co Ltd,\n");
    }

    @Test
    void eachRejectionCodeRejectsTheWholeFileAndTakesInTheOthers() throws Exception {
        byte[] latin1 = (RETURN_HEADER + "P1,2026-11-16,C1,K1,2026-11-16,07:30,30,07:31,30,1,Zoë,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        write("returns/a-encoding.csv", latin1);
        write("returns/b-empty.csv", "\uFEFF  \r\n\n\t\n");
        write("returns/c-missing.csv", "provider_id,week_start,client_id,package_id,visit_date,planned_start,"
                + "planned_minutes,actual_start,actual_minutes,carer_ref\n");
        write("returns/d-mixed.csv", RETURN_HEADER + "P1,2026-11-16" + VISIT + "P1,2026-11-23" + VISIT);
        write("returns/e-tuesday.csv", RETURN_HEADER + "P1,2026-11-17" + VISIT);
        write("returns/f-unknown.csv", RETURN_HEADER + "P7,2026-11-16" + VISIT);
        write("returns/g-header-only.csv", RETURN_HEADER);
        write("returns/h-malformed-week.csv", RETURN_HEADER + "P1,2026-11-16" + VISIT + "P1,soon" + VISIT);
        write("returns/i-good.csv", RETURN_HEADER + "P1,2026-11-16" + VISIT + "P1,2026-11-16"
                + ",C1,K1,2026-11-16,12:00,30,12:00,30,1,,\n");

        JobExecution execution = start();
        long id = ingestIds.of(execution);

        assertThat(exceptionsOf(execution)).isEqualTo(expected(execution, id,
                "INVALID_ENCODING,REFUSED,,,,returns/a-encoding.csv,,the file is not valid UTF-8,",
                "EMPTY_FILE,REFUSED,,,,returns/b-empty.csv,,the file holds no header and no lines,",
                "MISSING_COLUMN,REFUSED,,,,returns/c-missing.csv,,\"missing column(s): carers, variation_ref\",",
                "MIXED_RETURN,REFUSED,,,,returns/d-mixed.csv,,the lines do not all name the same provider and week:"
                        + " P1 2026-11-16; P1 2026-11-23,",
                "MIXED_RETURN,REFUSED,,,,returns/h-malformed-week.csv,,the lines do not all name the same provider"
                        + " and week: record 3 has an empty or malformed provider_id or week_start; P1 2026-11-16,",
                "INVALID_WEEK,REFUSED,P1,,,returns/e-tuesday.csv,,week_start 2026-11-17 is not a Monday,",
                "UNKNOWN_PROVIDER,REFUSED,P7,,,returns/f-unknown.csv,,provider_id P7 is not in providers.csv,"));
        assertThat(jdbc.queryForList("select path || ' ' || status from inbox_file where kind = 'RETURN' order by seq",
                String.class)).containsExactly("returns/a-encoding.csv REJECTED", "returns/b-empty.csv REJECTED",
                "returns/c-missing.csv REJECTED", "returns/d-mixed.csv REJECTED", "returns/e-tuesday.csv REJECTED",
                "returns/f-unknown.csv REJECTED", "returns/g-header-only.csv TAKEN_IN",
                "returns/h-malformed-week.csv REJECTED", "returns/i-good.csv TAKEN_IN");
        assertThat(jdbc.queryForList("select f.path || ':' || v.record_no from visit v join inbox_file f"
                + " on f.id = v.file_id order by 1", String.class))
                .containsExactly("returns/i-good.csv:2", "returns/i-good.csv:3");
    }

    @Test
    void aCopyOfARejectedFileIsRejectedAgain() throws Exception {
        write("returns/mixed.csv", RETURN_HEADER + "P1,2026-11-16" + VISIT + "P1,2026-11-23" + VISIT);
        ingest();
        write("returns/mixed-again.csv", RETURN_HEADER + "P1,2026-11-16" + VISIT + "P1,2026-11-23" + VISIT);

        JobExecution second = start();

        assertThat(exceptionsOf(second)).isEqualTo(expected(second, ingestIds.of(second),
                "ALREADY_INGESTED,INFO,,,,reference/providers.csv,,\"same bytes as reference/providers.csv, taken in"
                        + " before\",",
                "MIXED_RETURN,REFUSED,,,,returns/mixed-again.csv,,the lines do not all name the same provider and"
                        + " week: P1 2026-11-16; P1 2026-11-23 (same bytes as returns/mixed.csv),",
                "MIXED_RETURN,REFUSED,,,,returns/mixed.csv,,the lines do not all name the same provider and"
                        + " week: P1 2026-11-16; P1 2026-11-23 (same bytes as returns/mixed.csv),"));
    }
}
