package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carepay.support.CliTest;
import org.carepay.support.PrintedPdf;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: a provider reconciles its remittance with its bank statement. On the sample council's first week,
 * every remittance's amount column sums to the provider's payment in ap-payments.csv (to 0.00 for a provider
 * paid nothing), and its page and the PDF printed from it at the release say who pays whom, the reference, the
 * date and the total, and name no member of the council's staff.
 */
class RemittanceAdviceTest extends CliTest {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    /** The sample's requesters and approvers of ad-hoc payments, and the runs' proposer and approver. */
    private static final String[] STAFF = {"Sarah Okafor", "David Lister", "Mark Ellison", "Helen Brierley",
            "ann", "bob"};

    @Test
    void everyRemittanceSumsToItsPaymentAndReadsAsAnAdvice() throws IOException {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);

        int remittances = 0;
        for (String run : new String[] {"HC-2026-11-16-1", "SP-2026-11-16-1"}) {
            Path folder = dir.resolve("out/payments").resolve(run);
            Map<String, BigDecimal> paid = column(folder.resolve("ap-payments.csv"), "provider_id", "amount");
            try (Stream<Path> files = Files.list(folder.resolve("remittances"))) {
                for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    String provider = csv.getFileName().toString().replace(".csv", "");
                    assertThat(column(csv, "remittance_ref", "amount").values().stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)).as(csv.toString())
                            .isEqualByComparingTo(paid.getOrDefault(provider, BigDecimal.ZERO));
                    remittances++;
                }
            }
        }
        assertThat(remittances).isEqualTo(8); // 3 homecare providers, 5 scheduled

        Path advice = dir.resolve("out/payments/SP-2026-11-16-1/remittances");
        assertThat(Files.readString(advice.resolve("P04.html"))).contains("Castlemere Borough Council",
                "Willow Lodge Care Home Ltd", "SP261116-1/P04", "27 November 2026", "£7,150.85",
                "Frank Sutcliffe (C1017), package PK40323, residential (net of the resident&#39;s assessed contribution)",
                "<td class=\"n\">7 days of 7</td><td class=\"n\">£812.00 per week</td><td class=\"n\">613.80</td>",
                "AWAITING_APPROVAL: awaiting the council&#39;s approval")
                .doesNotContain(STAFF);
        assertThat(advice.resolve("P04.pdf")).doesNotExist(); // printed once the run is released
        for (String run : new String[] {"HC-2026-11-16-1", "SP-2026-11-16-1"}) {
            assertThat(CarepayCli.run("approve", "run=" + run, "by=bob")).isEqualTo(ExitCode.DONE);
            assertThat(CarepayCli.run("release", "run=" + run)).isEqualTo(ExitCode.DONE);
        }
        String pdf = PrintedPdf.text(advice.resolve("P04.pdf"));
        assertThat(pdf).contains("Willow Lodge Care Home Ltd", "SP261116-1/P04", "£7,150.85", "Page 2 of 2")
                .doesNotContain(STAFF);
        assertThat(PrintedPdf.overflowing(advice.resolve("P04.pdf"))).isEmpty();

        Path homecare = dir.resolve("out/payments/HC-2026-11-16-1/remittances/P01.pdf");
        assertThat(PrintedPdf.text(homecare)).contains("£1,528.00", "Mon 16 Nov 07:57 45 carer-minutes £25.20 per hour"
                + " 18.90 P01-2026-11-16.csv row 2", "Page 5 of 5");
        assertThat(PrintedPdf.overflowing(homecare)).isEmpty();
    }

    /** A money column per key, summed; rows with no amount (what was not paid) left out. */
    private static Map<String, BigDecimal> column(Path file, String key, String amount) throws IOException {
        Map<String, BigDecimal> sums = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (CSVRecord row : CSV.parse(reader)) {
                if (!row.get(amount).isEmpty()) {
                    sums.merge(row.get(key), new BigDecimal(row.get(amount)), BigDecimal::add);
                }
            }
        }
        return sums;
    }
}
