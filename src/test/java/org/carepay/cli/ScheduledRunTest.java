package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * The scheduled run on sample-data: the week's files against golden files checked by hand
 * (golden/sample-data/SP-2026-11-16-1/HOW-WORKED-OUT.md), and invoices and ad-hoc payments paid once
 * across runs: a superseded proposal frees what it claimed, a released run keeps it.
 */
class ScheduledRunTest extends CliTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/SP-2026-11-16-1");


    @Test
    void invoicesAndAdhocPaymentsArePaidOnceAcrossProposalsAndReleasedRuns() throws Exception {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        Path first = dir.resolve("out/payments/SP-2026-11-16-1");
        for (String file : List.of("payment-lines.csv", "exceptions.csv", "ap-payments.csv")) {
            assertThat(first.resolve(file)).as(file).hasSameTextualContentAs(GOLDEN.resolve(file));
        }

        // Proposed again before approval: the superseded run's claims are free, so the new one pays them.
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann", "force=yes")).isEqualTo(ExitCode.DONE);
        Path second = dir.resolve("out/payments/SP-2026-11-16-2");
        assertThat(lines(second, "INVOICE")).hasSize(5);
        assertThat(lines(second, "ADHOC")).hasSize(2);

        assertThat(CarepayCli.run("approve", "run=SP-2026-11-16-2", "by=bob")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("release", "run=SP-2026-11-16-2")).isEqualTo(ExitCode.DONE);

        // The next week: what the released run paid is not paid again; the request approved for it is.
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-23", "by=ann")).isEqualTo(ExitCode.DONE);
        Path next = dir.resolve("out/payments/SP-2026-11-23-1");
        assertThat(lines(next, "INVOICE")).isEmpty();
        assertThat(lines(next, "ADHOC")).containsExactly("SP-2026-11-23-1,P06,C1030,,,2026-11-23,2026-11-24,ADHOC,"
                + "requests/payment-requests.csv:5,,260.00");
        assertThat(lines(next, "SCHEDULED")).hasSize(18); // PK40443 ended on 2026-11-20
        assertThat(Files.readString(next.resolve("exceptions.csv"))).doesNotContain("invoices/") // listed once
                .contains(",AWAITING_APPROVAL,HELD,", ",SELF_APPROVED,HELD,"); // held until settled
        assertThat(CarepayCli.run("approve", "run=SP-2026-11-23-1", "by=bob")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("release", "run=SP-2026-11-23-1")).isEqualTo(ExitCode.DONE);

        // R9 on the Sunday of the first released week (the second one's credits come after it). ISF: credit 486.50 - spend 24.00 - 32.50 - 351.00 = 79.00,
        // 407.50 / 4 = 101.875 -> 101.88 a week, 79.00 / 486.50 = 0.16 weeks. DP: credit 12 h x 16.20 = 194.40
        // - invoices 97.20 - 64.80 - 16.20 = 16.20, 178.20 / 4 = 44.55 a week, 16.20 / 194.40 = 0.08 weeks.
        assertThat(CarepayCli.run("accounts", "date=2026-11-22")).isEqualTo(ExitCode.DONE);
        assertThat(Files.readString(dir.resolve("out/accounts/2026-11-22/accounts.csv"))).isEqualTo("""
                client_id,package_id,account_type,balance,weekly_budget,avg_weekly_spend_4w,weeks_of_funding,flag
                C1032,PK40513,ISF,79.00,486.50,101.88,0.16,
                C1033,PK40523,DP,16.20,194.40,44.55,0.08,
                """);
    }

    @Test
    void aDpInvoiceTheAccountCannotCoverWaits() throws Exception {
        Path inbox = sampleInboxCopy();
        Files.writeString(inbox.resolve("dp-invoices/DP-extra.csv"), "dp_invoice_id,client_id,package_id,payee_name,"
                + "sort_code,account_number,invoice_date,amount\nDPI-0399,C1033,PK40523,Respite Ltd,309634,41872265,"
                + "2026-11-21,500.00\n");

        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);

        // By invoice date, after this week's credit of 194.40: 97.20 (18th) and 64.80 (20th) leave 32.40, which
        // does not cover 500.00 (21st); 16.20 (22nd) is then paid from it.
        assertThat(Files.readAllLines(dir.resolve("out/payments/SP-2026-11-16-1/exceptions.csv")))
                .filteredOn(line -> line.contains("INSUFFICIENT_FUNDS")).containsExactly("SP-2026-11-16-1,"
                        + "INSUFFICIENT_FUNDS,HELD,P06,C1033,PK40523,dp-invoices/DP-extra.csv:2,2026-11-21,"
                        + "balance 32.40 does not cover 500.00,");
    }

    private static List<String> lines(Path run, String lineType) throws Exception {
        return Files.readAllLines(run.resolve("payment-lines.csv")).stream()
                .filter(line -> line.contains("," + lineType + ",")).toList();
    }
}
