package org.carepay.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.carepay.CarepayProperties;
import org.carepay.output.AtomicFile;
import org.carepay.output.bacs.Credit;
import org.carepay.output.bacs.Originator;
import org.carepay.output.bacs.Standard18File;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code carepay release}: writes the approved run's bank file (bacs-std18.txt: one credit per
 * provider paid, to the bank details of the providers snapshot the run was rated with), then records
 * the run as RELEASED, after which nothing changes it. A crash between the two leaves an APPROVED run
 * whose release can be run again: the file is written again with the same bytes.
 */
@Component
public class RunRelease {

    private final PaymentRuns runs;
    private final JdbcTemplate jdbc;
    private final CarepayProperties properties;

    public RunRelease(PaymentRuns runs, JdbcTemplate jdbc, CarepayProperties properties) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Path release(String runId) throws RunRefused, IOException {
        PaymentRun run = runs.releasable(runId);
        Originator originator = originator();
        List<Credit> credits = credits(run);
        Path file = RunFiles.folder(properties.out(), runId).resolve("bacs-std18.txt");
        AtomicFile.write(file, out -> Standard18File.write(out, originator,
                run.weekStart().plusDays(properties.payments().paymentDaysAfterWeekStart()), credits,
                Standard18File.LineEnding.LF));
        runs.released(runId);
        return file;
    }

    private Originator originator() throws RunRefused {
        CarepayProperties.Bacs bacs = properties.bacs();
        if (bacs.originatorSortCode() == null || bacs.originatorAccountNumber() == null
                || bacs.originatorName() == null) {
            throw new RunRefused("the council's bank account is not configured: set carepay.bacs.originator-sort-code,"
                    + " carepay.bacs.originator-account-number and carepay.bacs.originator-name (docs/bacs-std18.md)");
        }
        return new Originator(bacs.originatorSortCode(), bacs.originatorAccountNumber(), bacs.originatorName());
    }

    /** The providers paid, with the bank details of the snapshot the run read. */
    private List<Credit> credits(PaymentRun run) throws RunRefused {
        List<Credit> credits = jdbc.query("""
                select l.provider_id, p.sort_code, p.account_number, p.account_name, sum(l.amount) total
                from payment_line l
                left join provider p on p.provider_id = l.provider_id and p.file_id = (select i.file_id
                  from run_input i join inbox_file f on f.id = i.file_id where i.run_id = ? and f.kind = 'PROVIDERS')
                where l.run_id = ? group by l.provider_id, p.sort_code, p.account_number, p.account_name
                having sum(l.amount) > 0 order by l.provider_id collate "C\"""", (rs, i) -> rs.getString(2) == null
                ? null : new Credit(rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5).movePointRight(2).longValueExact(),
                WriteRunFilesTasklet.remittanceRef(run, rs.getString(1))),
                run.runId(), run.runId());
        if (credits.contains(null)) {
            throw new RunRefused(run.runId() + " pays a provider that has no bank details in its providers snapshot");
        }
        return credits;
    }
}
