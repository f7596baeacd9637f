package org.carepay.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.carepay.documents.Remittances;
import org.carepay.ledger.RunProviders;
import org.carepay.output.bacs.Standard18File;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.carepay.payments.WriteRunFilesTasklet;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * R8: the control totals (lines, amount, per provider or client) of every released file that carries money
 * equal the run's ledger: payment-lines, ap-payments, each remittance and the bank file of a payment run;
 * charge-lines, debtors-interface and refund-proposals of a billing run.
 */
@Component
@Order(1)
class ControlTotalsCheck implements AuditCheck {

    private final JdbcTemplate jdbc;
    private final RunProviders providers;
    private final PaymentRuns runs;

    ControlTotalsCheck(JdbcTemplate jdbc, RunProviders providers, PaymentRuns runs) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "control-totals";
    }

    @Override
    public String purpose() {
        return "The control totals (lines, amount, per provider or client) of every released file equal the ledger.";
    }

    @Override
    public void check(List<AuditedRun> released, Findings findings) throws IOException {
        for (AuditedRun run : released) {
            if (run.billing()) {
                billing(run, findings);
            } else {
                payment(run, findings);
            }
        }
    }

    private void payment(AuditedRun run, Findings findings) throws IOException {
        Map<String, Total> lines = new TreeMap<>();
        Map<String, Total> paid = new TreeMap<>();
        Map<String, Total> credits = new TreeMap<>();
        PaymentRun paymentRun = paymentRun(run.runId());
        for (RunProviders.RunProvider provider : providers.of(run.runId())) {
            Total total = new Total(provider.lineCount(), provider.total());
            lines.put(provider.providerId(), total);
            if (provider.paid()) {
                paid.put(provider.providerId(), total);
                credits.put(Standard18File.referenceAsWritten(WriteRunFilesTasklet.remittanceRef(paymentRun,
                        provider.providerId())), new Total(1, provider.total()));
            }
        }
        compare(run, "payment-lines.csv", lines, findings,
                file -> FileTotals.read(file, "provider_id", "amount"));
        compare(run, "ap-payments.csv", paid, findings,
                file -> FileTotals.read(file, "provider_id", "amount", "line_count", row -> true));
        for (String provider : lines.keySet()) {
            compare(run, Remittances.csvName(provider), Map.of(provider, lines.get(provider)), findings,
                    file -> FileTotals.read(file, "client_id", "amount", null, ControlTotalsCheck::remittancePaid)
                            .values().stream().reduce(Total::plus).map(total -> Map.of(provider, total))
                            .orElse(Map.of()));
        }
        compare(run, "bacs-std18.txt", credits, findings, ControlTotalsCheck::bacsCredits);
    }

    /**
     * A remittance's row of money paid: one with an amount (its exceptions have none); in a remittance written
     * before 2026-12 (its first column {@code record}), a LINE row.
     */
    static boolean remittancePaid(CSVRecord row) {
        return row.isMapped("record") ? row.get("record").equals("LINE") : !row.get("amount").isEmpty();
    }

    private void billing(AuditedRun run, Findings findings) throws IOException {
        compare(run, "charge-lines.csv", ledger("""
                select client_id, count(*), sum(charge) from charge_line where run_id = ? group by client_id""",
                run.runId()), findings, file -> FileTotals.read(file, "client_id", "charge"));
        String bills = """
                select client_id, count(*) filter (where status = 'BILLED'), %s sum(charge) filter (where status = 'BILLED')
                from charge_line where run_id = ? group by client_id having sum(charge) filter (where status = 'BILLED') %s""";
        compare(run, "debtors-interface.csv", ledger(bills.formatted("", "> 0"), run.runId()), findings,
                file -> FileTotals.read(file, "client_id", "amount", "line_count", row -> true));
        Map<String, Total> refunds = new TreeMap<>();
        ledger(bills.formatted("-", "< 0"), run.runId()).forEach((client, total) ->
                refunds.put(client, new Total(1, total.amount())));
        compare(run, "refund-proposals.csv", refunds, findings, file -> FileTotals.read(file, "client_id", "amount"));
    }

    private Map<String, Total> ledger(String sql, String runId) {
        Map<String, Total> totals = new TreeMap<>();
        jdbc.query(sql, rs -> {
            totals.put(rs.getString(1), new Total(rs.getLong(2), rs.getBigDecimal(3)));
        }, runId);
        return totals;
    }

    private interface TotalsReader {
        Map<String, Total> read(Path file) throws IOException;
    }

    /** Compares a file's totals with the ledger's, key by key: a FAIL for each that differs, else one PASS. */
    private static void compare(AuditedRun run, String name, Map<String, Total> ledger, Findings findings,
                                TotalsReader reader) {
        Path file = run.folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            findings.fail(run.runId(), name, "missing: the ledger has " + sum(ledger));
            return;
        }
        Map<String, Total> onDisk;
        try {
            onDisk = reader.read(file);
        } catch (IOException e) {
            findings.fail(run.runId(), name, e.getMessage());
            return;
        }
        boolean agrees = true;
        TreeSet<String> keys = new TreeSet<>(ledger.keySet());
        keys.addAll(onDisk.keySet());
        for (String key : keys) {
            Total inFile = onDisk.getOrDefault(key, Total.NONE);
            Total inLedger = ledger.getOrDefault(key, Total.NONE);
            if (!inFile.agrees(inLedger)) {
                findings.fail(run.runId(), name, key + ": the file has " + inFile + ", the ledger " + inLedger);
                agrees = false;
            }
        }
        if (agrees) {
            String payees = run.billing() ? " client" : " provider";
            findings.pass(run.runId(), name, sum(ledger) + " for " + ledger.size() + payees
                    + (ledger.size() == 1 ? "" : "s") + ", as the ledger");
        }
    }

    private static Total sum(Map<String, Total> totals) {
        return totals.values().stream().reduce(Total.NONE, Total::plus);
    }

    /**
     * The credits of a Standard 18 file by their reference (positions 65–82), amounts in pence (36–46); its
     * contra must balance them (docs/bacs-std18.md).
     */
    private static Map<String, Total> bacsCredits(Path file) throws IOException {
        Map<String, Total> credits = new TreeMap<>();
        BigDecimal contra = null;
        int n = 0;
        for (String record : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            n++;
            if (record.length() != 100) {
                throw new IOException("line " + n + " is " + record.length() + " characters, not 100");
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(record.substring(35, 46)).movePointLeft(2);
            } catch (NumberFormatException e) {
                throw new IOException("line " + n + " has no amount in pence at positions 36-46");
            }
            switch (record.substring(15, 17)) {
                case "99" -> credits.merge(record.substring(64, 82).strip(), new Total(1, amount), Total::plus);
                case "17" -> contra = amount;
                default -> throw new IOException("line " + n + " has transaction code " + record.substring(15, 17));
            }
        }
        BigDecimal total = sum(credits).amount();
        if (!credits.isEmpty() && (contra == null || contra.compareTo(total) != 0)) {
            throw new IOException("its contra " + contra + " does not balance its credits " + total);
        }
        return credits;
    }

    private PaymentRun paymentRun(String runId) {
        try {
            return runs.get(runId);
        } catch (RunRefused e) {
            throw new IllegalStateException(e);
        }
    }
}
