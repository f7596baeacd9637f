package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

/** Writes inbox files into a temporary inbox and runs the real ingest job on them. */
abstract class IngestTestSupport extends DatabaseTest {

    private static final AtomicLong REQUESTS = new AtomicLong();

    @TempDir
    Path inbox;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job ingestJob;

    @Autowired
    IngestIds ingestIds;

    Path write(String path, String content) throws IOException {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String path, byte[] content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    JobExecution start() throws Exception {
        return jobOperator.start(ingestJob, new JobParametersBuilder()
                .addString(IngestJobConfiguration.INBOX, inbox.toString())
                .addString(IngestJobConfiguration.REQUESTED_AT, Instant.now() + "#" + REQUESTS.incrementAndGet())
                .toJobParameters());
    }

    /** Runs an ingest that must complete, and answers its exceptions.csv. */
    String ingest() throws Exception {
        JobExecution execution = start();
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return exceptionsOf(execution);
    }

    String exceptionsOf(JobExecution execution) throws IOException {
        Path file = WriteIngestExceptionsTasklet.exceptionsFile(OUT, ingestIds.of(execution));
        return Files.readString(file);
    }

    /** The expected exceptions.csv: the header, then the rows with this ingest's id in front. */
    static String expected(JobExecution execution, long ingestId, String... rows) {
        StringBuilder csv = new StringBuilder(String.join(",", WriteIngestExceptionsTasklet.HEADER)).append('\n');
        for (String row : rows) {
            csv.append(ingestId).append(',').append(row).append('\n');
        }
        return csv.toString();
    }

    static final String CLIENTS_HEADER = "client_id,forename,surname,date_of_birth,address_line_1,postcode,debtor_ref,"
            + "date_of_death,billing_status,bill_to_name\n";
    static final String PROVIDERS_HEADER = "provider_id,name,supplier_ref,sort_code,account_number,account_name,"
            + "bank_details_changed_on\n";
    static final String PACKAGES_HEADER = "package_id,client_id,provider_id,service_type,payment_basis,payment_method,"
            + "start_date,end_date,unit,planned_units_per_week,unit_rate,carers,funding,health_share_percent,chargeable\n";
    static final String CONTRIBUTIONS_HEADER = "client_id,assessment_type,effective_from,effective_to,weekly_amount\n";
    static final String RETURN_HEADER = "provider_id,week_start,client_id,package_id,visit_date,planned_start,"
            + "planned_minutes,actual_start,actual_minutes,carers,carer_ref,variation_ref\n";
}
