package org.carepay.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carepay.documents.Remittances;
import org.carepay.ledger.RunProviders;
import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * payment-lines.csv and the remittances come from one pass over the run's lines, with the exceptions taken from
 * a second cursor as each provider's turn comes (issue #13). Providers with exceptions only fall between and after
 * the others, in formats.md's order of ids (code points, as PostgreSQL's collate "C"): "P\uFFFD" sorts before
 * "P😀" there, though not in Java's String order; a pass that merged in that order would give P😀's exceptions a
 * remittance of their own in place of its lines.
 */
class RunFilesOnePassTest extends DatabaseTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final String EMOJI = "P\uD83D\uDE00";
    private static final String REPLACEMENT = "P\uFFFD";

    @Autowired
    PaymentRuns runs;

    @Autowired
    RunFiles files;

    @Autowired
    RunProviders providers;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyProviderHasOneRemittanceOfItsLinesCorrectionsAndExceptionsInOrder() throws Exception {
        PaymentRun run = runs.propose(RunKind.HOMECARE, WEEK, "ann", LocalDate.of(2026, 11, 24));
        String id = run.runId();
        // P3's lines in no particular order: the pass gets them in formats.md's, corrections after what is paid
        line(id, "P3", "C2", "PK2", "HOMECARE", WEEK, "2026-11-17", "VISIT", "returns/P3.csv", 2, "30", "10.00", null,
                "09:00");
        line(id, "P3", null, null, null, WEEK, null, "CARRIED_RECOVERY", "payments/HC-2026-11-09-1", null, null, "-5.00",
                "recovery carried from HC-2026-11-09-1", null);
        line(id, "P3", "C1", "PK1", "HOMECARE", WEEK.minusDays(7), null, "ADJUSTMENT", "payments/HC-2026-11-09-1",
                null, null, "-3.25", "client died 2026-11-10", null);
        line(id, "P3", "C1", "PK1", "HOMECARE", WEEK, "2026-11-16", "VISIT", "returns/P3.csv", 3, "60", "20.50", null,
                "10:15");
        line(id, "P1", "C9", "PK9", "HOMECARE", WEEK, "2026-11-18", "VISIT", "returns/P1.csv", 2, "45", "15.75", null,
                "08:00");
        line(id, EMOJI, "C7", "PK7", "HOMECARE", WEEK, "2026-11-19", "VISIT", "returns/P7.csv", 2, "30", "10.50", null,
                "12:30");
        exception(id, "SHORT_VISIT", "INFO", "P3", "C1", "PK1", "returns/P3.csv", 3, "2026-11-16",
                "planned 60, paid 45", "3.00");
        exception(id, "UNKNOWN_CLIENT", "REFUSED", "P1", "C0", null, "returns/P1.csv", 3, "2026-11-18", "no such client",
                null);
        exception(id, "UNKNOWN_PACKAGE", "REFUSED", "P2", "C5", "PK0", "returns/P2.csv", 2, "2026-11-17",
                "no such package", null);
        exception(id, "UNKNOWN_CLIENT", "REFUSED", REPLACEMENT, "C6", null, "returns/P6.csv", 2, "2026-11-20",
                "no such client", null);
        exception(id, "UNKNOWN_CLIENT", "REFUSED", EMOJI, "C8", null, "returns/P7.csv", 3, "2026-11-19",
                "no such client", null);

        Path folder = RunFiles.folder(OUT, id);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                files.write(folder, run, providers.of(id), LocalDate.of(2026, 11, 27));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(Files.readString(folder.resolve(Remittances.csvName("P3")))).isEqualTo("""
                remittance_ref,payment_date,section,client_id,client_name,package_id,service,week_start,service_date,\
                start_time,units,unit,rate,rate_per,amount,not_paid,reason,your_reference
                HC261116-1/P3,2026-11-27,PAID,C1,,PK1,homecare,2026-11-16,2026-11-16,10:15,60,carer-minutes,,hour,\
                20.50,,,P3.csv row 3
                HC261116-1/P3,2026-11-27,PAID,C2,,PK2,homecare,2026-11-16,2026-11-17,09:00,30,carer-minutes,,hour,\
                10.00,,,P3.csv row 2
                HC261116-1/P3,2026-11-27,CORRECTION,C1,,PK1,homecare,2026-11-09,,,,,,,-3.25,,client died 2026-11-10,\
                corrects payments/HC-2026-11-09-1
                HC261116-1/P3,2026-11-27,CORRECTION,,,,,2026-11-16,,,,,,,-5.00,,recovery carried from HC-2026-11-09-1,
                HC261116-1/P3,2026-11-27,REDUCED,C1,,PK1,,,2026-11-16,,,,,,,3.00,"SHORT_VISIT: planned 60, paid 45",\
                P3.csv row 3
                """);
        assertThat(rows(folder, "P1")).containsExactly("PAID,C9", "NOT_PAID,C0");
        assertThat(rows(folder, "P2")).containsExactly("NOT_PAID,C5");
        assertThat(rows(folder, REPLACEMENT)).containsExactly("NOT_PAID,C6");
        assertThat(rows(folder, EMOJI)).containsExactly("PAID,C7", "NOT_PAID,C8");
        for (String provider : List.of("P1", "P2", "P3", REPLACEMENT, EMOJI)) {
            assertThat(folder.resolve(Remittances.csvName(provider).replace(".csv", ".html"))).exists();
        }
        assertThat(Files.readAllLines(folder.resolve("payment-lines.csv")).stream().skip(1)
                .map(row -> row.split(",")[1] + " " + row.split(",")[7]).toList())
                .containsExactly("P1 VISIT", "P3 CARRIED_RECOVERY", "P3 ADJUSTMENT", "P3 VISIT", "P3 VISIT",
                        EMOJI + " VISIT"); // by client (none first), package, week, date
    }

    /** Each data row's section and client. */
    private static List<String> rows(Path folder, String provider) throws Exception {
        return Files.readAllLines(folder.resolve(Remittances.csvName(provider))).stream().skip(1)
                .map(row -> row.split(",")[2] + "," + row.split(",")[3]).toList();
    }

    private void line(String runId, String provider, String client, String pkg, String service, LocalDate week,
                      String date, String type, String path, Integer record, String units, String amount,
                      String detail, String start) {
        jdbc.update("""
                insert into payment_line (run_id, provider_id, client_id, package_id, service_type, week_start,
                    service_date, line_type, source_path, source_record, paid_units, amount, detail, actual_start)
                values (?, ?, ?, ?, ?, ?, ?::date, ?, ?, ?, ?::numeric, ?::numeric, ?, ?::time)""", runId, provider,
                client, pkg, service, week, date, type, path, record, units, amount, detail, start);
    }

    private void exception(String runId, String code, String severity, String provider, String client, String pkg,
                           String path, Integer record, String date, String detail, String notPaid) {
        jdbc.update("""
                insert into run_exception (run_id, code, severity, provider_id, client_id, package_id, source_path,
                    source_record, service_date, detail, amount_not_paid)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric)""", runId, code, severity, provider, client, pkg, path,
                record, date, detail, notPaid);
    }
}
