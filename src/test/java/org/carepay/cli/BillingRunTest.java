package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carepay.support.CliTest;
import org.carepay.support.PrintedPdf;
import org.junit.jupiter.api.Test;

/**
 * The billing run on sample-data: the period's files against golden files checked by hand
 * (golden/sample-data/BL-2026-11-16-1/HOW-WORKED-OUT.md), the lifecycle, the statements, and a Court of
 * Protection client whose accrued charges are billed once when the status turns NORMAL.
 */
class BillingRunTest extends CliTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/BL-2026-11-16-1");
    private static final List<String> FILES = List.of("charge-lines.csv", "debtors-interface.csv",
            "refund-proposals.csv", "cop-debt-report.csv", "exceptions.csv");

    @Test
    void billsThePeriodAndReleasesTheSameDebtorsFileFinal() throws Exception {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("billing-run", "period=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);

        Path run = dir.resolve("out/billing/BL-2026-11-16-1");
        for (String file : FILES) {
            assertThat(run.resolve(file)).as(file).hasSameTextualContentAs(GOLDEN.resolve(file));
        }
        String proposedDebtors = Files.readString(run.resolve("debtors-interface.csv"));
        assertThat(Files.readString(run.resolve("summary.json"))).contains("\"kind\": \"BILLING\"",
                "\"period_start\": \"2026-11-16\"", "\"file\": \"debtors-interface.csv\",\n      \"lines\": 24,\n"
                        + "      \"amount\": \"5150.67\",\n      \"clients\": 24");
        assertThat(pages(run, ".html")).hasSize(24); // one page per bill: not C1006 (not assessed), C1019
        assertThat(pages(run, ".pdf")).isEmpty();        // (accrued), nor 0.00; printed once released
        assertThat(Files.readString(run.resolve("statements/C1020.html"))).contains(
                "<strong>Pemberton Law LLP (Deputy)</strong><br />Willow Lodge<br />2 Mill Lane<br />KX2 6BS",
                "Winifred Vickers (client C1020)", "<td class=\"total\">£964.60</td>");
        assertThat(Files.readString(run.resolve("statements/C1002.html"))).contains("Estate of Harold Bexley",
                "counted for 3 of the week&#39;s 7 days, up to the date of death: £9.47", "£9.47");
        assertThat(Files.readString(run.resolve("statements/C1029.html"))).contains(
                "£761.25, of which the council pays 60 %</td><td class=\"n\">456.75</td>",
                "<td class=\"total\">£257.20</td>");
        // The income team's page: the 24 bills by band (83.27 + 220.60 + 271.99 + 697.50 + 257.20 + 3620.11 =
        // 5150.67, the debtors-interface total), the CoP balance, the client not assessed.
        assertThat(Files.readString(run.resolve("qa-report.html"))).contains(
                "<tr><td>£0 to £25</td><td class=\"n\">5</td><td class=\"n\">83.27</td></tr>",
                "<tr><td>£500 to £1000</td><td class=\"n\">4</td><td class=\"n\">3,620.11</td></tr>",
                "<tr><td>£1000 or more</td><td class=\"n\">0</td><td class=\"n\">0.00</td></tr>",
                "<title>£500 to £1000: 3,620.11</title>", "<p>No billing run was released before this one.</p>",
                "<tr><td>C1019</td><td>2026-11-16</td><td class=\"n\">903.60</td><td>no</td></tr>",
                "<tr><td>C1006</td><td class=\"n\">1</td><td class=\"n\">0.00</td></tr>");

        assertThat(CarepayCli.run("approve", "run=BL-2026-11-16-1", "by=ann")).isEqualTo(ExitCode.REFUSED);
        assertThat(CarepayCli.run("approve", "run=BL-2026-11-16-1", "by=bob")).isEqualTo(ExitCode.DONE);
        Files.delete(run.resolve("debtors-interface.csv"));
        assertThat(CarepayCli.run("release", "run=BL-2026-11-16-1")).isEqualTo(ExitCode.DONE);
        assertThat(run.resolve("debtors-interface.csv")).hasContent(proposedDebtors);
        assertThat(run.resolve("bacs-std18.txt")).doesNotExist();
        assertThat(pages(run, ".pdf")).hasSize(24); // the statements to post, printed from their pages
        assertThat(PrintedPdf.text(run.resolve("statements/C1002.pdf"))).contains("Estate of Harold Bexley",
                "Amount due £9.47", "Page 1 of 2");
        assertThat(PrintedPdf.overflowing(run.resolve("statements/C1002.pdf"))).isEmpty();

        // A released period is never billed again: refused, nothing written.
        assertThat(CarepayCli.run("billing-run", "period=2026-11-16", "by=ann")).isEqualTo(ExitCode.REFUSED);
        assertThat(dir.resolve("out/billing/BL-2026-11-16-2")).doesNotExist();
    }

    /**
     * formats.md: clients.csv may carry where a deputy's bill goes, in two columns its header may leave out (the
     * sample's does): the statement goes there; an address without a bill-to name is not used.
     */
    @Test
    void aDeputysBillGoesToTheBillToAddress() throws IOException {
        Path clients = sampleInboxCopy().resolve("reference/clients.csv");
        List<String> rows = Files.readAllLines(clients);
        List<String> withAddress = new ArrayList<>(List.of(rows.get(0) + ",bill_to_address_line_1,bill_to_postcode"));
        for (String row : rows.subList(1, rows.size())) {
            withAddress.add(row + (row.startsWith("C1020,") ? ",\"Pemberton Law LLP, 14 Bridge Street\",KX1 3PL"
                    : row.startsWith("C1004,") ? ",1 Elsewhere Road,KX9 9ZZ" : ","));
        }
        Files.write(clients, withAddress);
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("billing-run", "period=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);

        Path statements = dir.resolve("out/billing/BL-2026-11-16-1/statements");
        assertThat(Files.readString(statements.resolve("C1020.html"))).contains("<strong>Pemberton Law LLP (Deputy)"
                + "</strong><br />Pemberton Law LLP<br />14 Bridge Street<br />KX1 3PL</p>").doesNotContain("Mill Lane");
        assertThat(Files.readString(statements.resolve("C1004.html"))).contains("<strong>Albert Dunmore</strong>"
                + "<br />The Old Forge<br />Church Lane<br />KX7 2HN</p>").doesNotContain("Elsewhere");
    }

    @Test
    void aPeriodOffTheGridIsABadCommandAndWritesNothing() {
        assertThat(CarepayCli.run("billing-run", "period=2026-11-23")).isEqualTo(ExitCode.BAD_COMMAND);
        assertThat(CarepayCli.run("billing-run", "period=2026-11-18")).isEqualTo(ExitCode.BAD_COMMAND);
        assertThat(dir.resolve("out/billing")).doesNotExist();
        assertThat(CarepayCli.run("status", "run=BL-2026-11-23-1")).isEqualTo(ExitCode.BAD_COMMAND);
    }

    @Test
    void courtOfProtectionChargesAccrueAndAreBilledOnceWhenTheStatusTurnsNormal() throws Exception {
        Path inbox = sampleInboxCopy();
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        release("BL-2026-11-16-1", "period=2026-11-16");

        // The deputy is appointed: LAS sends C1019 as NORMAL.
        Path clients = inbox.resolve("reference/clients.csv");
        Files.writeString(clients, Files.readString(clients).replace("DR105105,,ACCRUE,", "DR105105,,NORMAL,"));
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("billing-run", "period=2026-12-14", "by=ann")).isEqualTo(ExitCode.DONE);
        // Proposed again: the superseded proposal frees the accrued weeks, and the new one bills them.
        assertThat(CarepayCli.run("billing-run", "period=2026-12-14", "by=ann", "force=yes")).isEqualTo(ExitCode.DONE);

        Path run = dir.resolve("out/billing/BL-2026-12-14-2");
        // The 4 weeks accrued in BL-2026-11-16-1, 4 x 225.90 = 903.60, in one line; this period's 4 weeks billed.
        assertThat(clientLines(run, "charge-lines.csv", "C1019")).containsExactly(
                "C1019,2026-11-16,COP_ARREARS,,,903.60,BILLED,Court of Protection: 4 accrued weeks from 2026-11-16",
                "C1019,2026-12-14,WEEK,812.00,225.90,225.90,BILLED,",
                "C1019,2026-12-21,WEEK,812.00,225.90,225.90,BILLED,",
                "C1019,2026-12-28,WEEK,812.00,225.90,225.90,BILLED,",
                "C1019,2027-01-04,WEEK,812.00,225.90,225.90,BILLED,");
        assertThat(clientLines(run, "debtors-interface.csv", "C1019")).containsExactly(
                "C1019,DR105105,Janet Hartley,2026-12-14,2027-01-10,1807.20,5");
        assertThat(Files.readAllLines(run.resolve("cop-debt-report.csv"))).containsExactly(
                "client_id,accrued_from,accrued_amount,billed_in_this_run", "C1019,2026-11-16,903.60,Y");
        assertThat(CarepayCli.run("approve", "run=BL-2026-12-14-2", "by=bob")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("release", "run=BL-2026-12-14-2")).isEqualTo(ExitCode.DONE);

        // Billed once: the next period has no arrears left to bill.
        assertThat(CarepayCli.run("billing-run", "period=2027-01-11", "by=ann")).isEqualTo(ExitCode.DONE);
        Path next = dir.resolve("out/billing/BL-2027-01-11-1");
        assertThat(clientLines(next, "charge-lines.csv", "C1019")).noneMatch(line -> line.contains("COP_ARREARS"))
                .hasSize(4);
        assertThat(Files.readAllLines(next.resolve("cop-debt-report.csv"))).hasSize(1);
    }

    @Test
    void theCycleBillsThePeriodOnlyInItsLastWeek() throws Exception {
        assertThat(CarepayCli.run("cycle", "week=2026-11-16")).isEqualTo(ExitCode.DONE);
        assertThat(dir.resolve("out/payments/HC-2026-11-16-1/payment-lines.csv")).exists();
        assertThat(dir.resolve("out/payments/SP-2026-11-16-1/payment-lines.csv")).exists();
        assertThat(dir.resolve("out/billing")).doesNotExist();

        assertThat(CarepayCli.run("cycle", "week=2026-12-07")).isEqualTo(ExitCode.DONE);
        assertThat(dir.resolve("out/payments/HC-2026-12-07-1/payment-lines.csv")).exists();
        assertThat(dir.resolve("out/payments/SP-2026-12-07-1/payment-lines.csv")).exists();
        Path billing = dir.resolve("out/billing/BL-2026-11-16-1");
        for (String file : FILES) {
            assertThat(billing.resolve(file)).as(file).hasSameTextualContentAs(GOLDEN.resolve(file));
        }
    }

    private void release(String runId, String period) {
        assertThat(CarepayCli.run("billing-run", period, "by=ann")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("approve", "run=" + runId, "by=bob")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("release", "run=" + runId)).isEqualTo(ExitCode.DONE);
    }

    private static List<String> clientLines(Path run, String file, String clientId) throws Exception {
        return Files.readAllLines(run.resolve(file)).stream().filter(line -> line.startsWith(clientId + ",")).toList();
    }

    private static List<Path> pages(Path run, String extension) throws IOException {
        try (var files = Files.list(run.resolve("statements"))) {
            return files.filter(file -> file.toString().endsWith(extension)).toList();
        }
    }
}
