package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A failure in the middle of an ingest leaves a FAILED execution; restarting it ends with exactly
 * what an ingest that never failed gives: no line lost, none doubled, the same exceptions.
 * Commits are made small here (10 blocks of 1,000 lines, one file per publish) to fail between them.
 */
@TestPropertySource(properties = {"carepay.ingest.chunk-blocks=10", "carepay.ingest.files-per-commit=1"})
class IngestRestartTest extends IngestTestSupport {

    private static final int P1_LINES = 13_000;
    private static final int P2_LINES = 12_000;

    @MockitoSpyBean
    InboxLineWriter writer;

    @MockitoSpyBean
    ReturnPublisher returnPublisher;

    @Autowired
    IngestSummary summary;

    @BeforeEach
    void inbox() throws Exception {
        write("reference/providers.csv", PROVIDERS_HEADER + "P1,Care Co,S1,123456,12345678,Care Co Ltd,\n"
                + "P2,Home Help,S2,654321,12345678,Home Help Ltd,\n");
        write("returns/P1.csv", visits("P1", P1_LINES));
        write("returns/P2.csv", visits("P2", P2_LINES));
    }

    @AfterEach
    void healed() {
        reset(writer, returnPublisher);
    }

    @Test
    void aWriterFailureInTheMiddleOfAFileIsRestartedWithoutLossOrDoubles() throws Exception {
        doAnswer(failingOn(3)).when(writer).write(any());
        JobExecution failed = start();

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        // Two chunks of ten blocks (a block: up to 1,000 records of one file) committed: the 2 providers and
        // 9 blocks of P1, then P1's last 4 blocks and 6 of P2; one line of each file is refused.
        assertThat(count("select count(*) from visit")).isEqualTo(13_000 - 1 + 6_000 - 1);
        assertThat(count("select count(*) from inbox_file where kind = 'RETURN' and status = 'TAKEN_IN'")).isZero();

        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThatItEndsAsANeverFailedIngest(restarted);
    }

    @Test
    void aFailureWhilePublishingIsRestartedFromTheFirstFileNotPublished() throws Exception {
        doAnswer(failingOn(2)).when(returnPublisher).publish(any(), anyInt(), any());
        JobExecution failed = start();

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForList("select path from inbox_file where status = 'TAKEN_IN' order by seq",
                String.class)).containsExactly("reference/providers.csv", "returns/P1.csv");

        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThatItEndsAsANeverFailedIngest(restarted);
    }

    @Test
    void aFileThatLeftTheInboxBeforeTheRestartIsGoneAndTheOthersAreTakenIn() throws Exception {
        doAnswer(failingOn(2)).when(writer).write(any()); // after 9 of P1's 13 blocks were committed
        JobExecution failed = start();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        byte[] p2 = Files.readAllBytes(inbox.resolve("returns/P2.csv"));
        Files.delete(inbox.resolve("returns/P2.csv"));

        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("select path || ' ' || status from inbox_file order by seq", String.class))
                .containsExactly("reference/providers.csv TAKEN_IN", "returns/P1.csv TAKEN_IN", "returns/P2.csv GONE");
        assertThat(count("select count(*) from visit v join inbox_file f on f.id = v.file_id"))
                .isEqualTo(P1_LINES - 1);
        assertThat(summary.lines(restarted)).contains("  gone:      returns/P2.csv left the inbox before it was read:"
                + " nothing of it is taken in; the next ingest that finds it takes it in");

        write("returns/P2.csv", p2); // back: the next ingest takes it in, not as ALREADY_INGESTED
        reset(writer, returnPublisher);
        assertThat(start().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("select count(*) from visit v join inbox_file f on f.id = v.file_id and f.status = 'TAKEN_IN'"))
                .isEqualTo(P1_LINES - 1 + P2_LINES - 1);
    }

    private void assertThatItEndsAsANeverFailedIngest(JobExecution restarted) throws Exception {
        List<String> visits = visitRows();
        String exceptions = withoutRunId(exceptionsOf(restarted));
        assertThat(visits).hasSize(P1_LINES + P2_LINES - 2); // one INVALID_LINE in each file
        assertThat(exceptions).contains("returns/P1.csv:1001,", "returns/P2.csv:1001,");

        emptyDatabase();
        reset(writer, returnPublisher);
        JobExecution clean = start();

        assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(visitRows()).isEqualTo(visits);
        assertThat(withoutRunId(exceptionsOf(clean))).isEqualTo(exceptions);
    }

    /** Calls the real method, except the n-th call, which fails as a full disk or a lost connection would. */
    private static org.mockito.stubbing.Answer<Object> failingOn(int n) {
        AtomicInteger calls = new AtomicInteger();
        return invocation -> {
            if (calls.incrementAndGet() == n) {
                throw new IllegalStateException("simulated failure on call " + n);
            }
            return invocation.callRealMethod();
        };
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<String> visitRows() {
        return jdbc.queryForList("select f.path || ':' || v.record_no || ' ' || (v.provider_id, v.week_start,"
                + " v.client_id, v.package_id, v.visit_date, v.planned_start, v.planned_minutes, v.actual_start,"
                + " v.actual_minutes, v.carers, v.carer_ref, v.variation_ref)::text from visit v"
                + " join inbox_file f on f.id = v.file_id order by f.path, v.record_no", String.class);
    }

    private static String withoutRunId(String csv) {
        return csv.lines().map(line -> line.substring(line.indexOf(',') + 1)).reduce("", (a, b) -> a + b + "\n");
    }

    /** A provider's week of visits; record 3 spans two lines, record 1001 is malformed. */
    private static String visits(String provider, int lines) {
        StringBuilder csv = new StringBuilder(RETURN_HEADER);
        LocalDate week = LocalDate.of(2026, 11, 16);
        for (int i = 0; i < lines; i++) {
            int record = i + 2;
            String minutes = record == 1001 ? "thirty" : Integer.toString(15 + i % 46);
            String carer = record == 3 ? "\"CR 7,\nrelief\"" : "CR" + (i % 97);
            csv.append(provider).append(',').append(week).append(",C").append(i % 400).append(",K").append(i % 400)
                    .append(',').append(week.plusDays(i % 7)).append(",07:30,30,07:3").append(i % 10).append(',')
                    .append(minutes).append(",1,").append(carer).append(",\n");
        }
        return csv.toString();
    }
}
