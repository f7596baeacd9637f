package org.carepay.explain;

import java.util.Optional;

import org.carepay.ledger.RunProviders;
import org.carepay.output.Document;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.RunKind;
import org.carepay.payments.RunStatus;
import org.carepay.payments.WriteRunFilesTasklet;
import org.carepay.payments.review.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code explain provider=ID run=RUN_ID}: what a payment run paid the provider and why: its lines per client
 * and package, the corrections of released weeks (R7) with the run each corrects and why, the recoveries
 * carried, and every exception with its reason and what it left unpaid.
 */
@Component
public class ProviderExplanation {

    private final JdbcTemplate jdbc;
    private final RunProviders providers;

    ProviderExplanation(JdbcTemplate jdbc, RunProviders providers) {
        this.jdbc = jdbc;
        this.providers = providers;
    }

    /** @param run a payment run (not a billing run) */
    public Optional<Document> explain(String providerId, PaymentRun run) {
        String runId = run.runId();
        Optional<RunProviders.RunProvider> provider = providers.of(runId).stream()
                .filter(p -> p.providerId().equals(providerId)).findFirst();
        int exceptions = jdbc.queryForObject("select count(*) from run_exception where run_id = ? and provider_id = ?",
                Integer.class, runId, providerId);
        if (provider.isEmpty() && exceptions == 0) {
            return Optional.empty();
        }
        String name = providers.names(runId).get(providerId);
        Document document = new Document("Provider " + providerId + (name == null ? "" : ": " + name) + " in " + runId);
        document.text((run.kind() == RunKind.HOMECARE ? "Homecare" : "Scheduled") + " payment run of the week "
                + run.weekStart() + " to " + run.weekStart().plusDays(6) + ", " + run.status() + ".");
        provider.ifPresent(p -> document.text(paid(run, p)));
        lines(document, runId, providerId);
        corrections(document, runId, providerId);
        exceptions(document, runId, providerId);
        return Optional.of(document);
    }

    private static String paid(PaymentRun run, RunProviders.RunProvider provider) {
        String total = "The run's " + provider.lineCount() + " lines for the provider total "
                + Money.text(provider.total());
        if (!provider.paid()) {
            return total + ": nothing is paid (R7: a total below zero is recovered from the next payment run once"
                    + " this one is released; see CARRIED_RECOVERY below).";
        }
        return total + (run.status() == RunStatus.RELEASED ? ", paid by bank transfer" : ", to be paid by bank"
                + " transfer when the run is released") + ", reference " + WriteRunFilesTasklet.remittanceRef(run,
                provider.providerId()) + ".";
    }

    private void lines(Document document, String runId, String providerId) {
        document.heading("Lines per client and package");
        document.table("Client", "Package", "Service", "Line", "Week", "Lines", "Units", "Amount £");
        jdbc.query("""
                select client_id, package_id, service_type, line_type, week_start, count(*), sum(paid_units), sum(amount)
                from payment_line where run_id = ? and provider_id collate "C" = ?
                group by client_id, package_id, service_type, line_type, week_start
                order by client_id collate "C" nulls first, package_id collate "C", week_start, line_type""", rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8));
        }, runId, providerId);
    }

    private void corrections(Document document, String runId, String providerId) {
        document.heading("Corrections of released weeks and recoveries (R7)");
        document.table("Line", "Client", "Package", "Week", "Corrects", "Amount £", "Why");
        jdbc.query("""
                select line_type, client_id, package_id, week_start, source_path, amount, detail from payment_line
                where run_id = ? and provider_id collate "C" = ? and line_type in ('ADJUSTMENT', 'CARRIED_RECOVERY')
                order by line_id""", rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getString(7));
        }, runId, providerId);
    }

    private void exceptions(Document document, String runId, String providerId) {
        document.heading("Exceptions: what was not paid, or paid in part, and why");
        document.table("Code", "Severity", "Client", "Package", "Date", "Not paid £", "Source", "Why");
        jdbc.query("""
                select code, severity, client_id, package_id, service_date, amount_not_paid,
                       source_path || coalesce(':' || source_record, ''), detail
                from run_exception where run_id = ? and provider_id = ?
                order by source_path, source_record, code""", rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getString(7), rs.getString(8));
        }, runId, providerId);
    }
}
