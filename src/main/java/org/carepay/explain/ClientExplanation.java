package org.carepay.explain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.carepay.ingest.format.InboxKind;
import org.carepay.output.Document;
import org.carepay.payments.review.Money;
import org.carepay.reference.ReferenceSnapshots;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code explain client=ID [week=W | period=P]}: week by week, what was paid for the client's care and why,
 * what was not paid and why, what it cost, what the council paid of it, what the client could be charged
 * (the contribution), what was charged, and each correction with what changed and when Carepay learnt it. The
 * lines of runs not yet released are shown too, marked by their status.
 */
@Component
public class ClientExplanation {

    /** The runs whose lines count: not the superseded ones, nor one still being proposed. */
    private static final String LIVE = "r.status not in ('SUPERSEDED', 'PROPOSING')";

    /** When a run learnt what a correction says: when the run was worked out. */
    private static final String LEARNT = "case when l.line_type in ('ADJUSTMENT', 'ARREARS', 'CREDIT') then to_char(coalesce("
            + "r.rated_at, r.proposed_at) at time zone 'Europe/London', 'YYYY-MM-DD') end";

    private final JdbcTemplate jdbc;
    private final ReferenceSnapshots snapshots;

    ClientExplanation(JdbcTemplate jdbc, ReferenceSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /**
     * @param weeks the weeks to explain, or empty for every week with a line
     * @return nothing when Carepay knows no such client
     */
    public Optional<Document> explain(String clientId, List<LocalDate> weeks) {
        List<String> names = jdbc.query("""
                select forename || ' ' || surname || coalesce(', died ' || date_of_death, '') || case billing_status
                       when 'ACCRUE' then ', charges accrue (Court of Protection)' else '' end
                from client where file_id = ? and client_id = ?""", (rs, i) -> rs.getString(1),
                snapshots.currentOrNone(InboxKind.CLIENTS), clientId);
        List<LocalDate> withLines = weeksWithLines(clientId);
        if (names.isEmpty() && withLines.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> explained = weeks.isEmpty() ? withLines : weeks;
        Document document = new Document("Client " + clientId + (names.isEmpty() ? "" : ": " + names.get(0)));
        document.text("Every line Carepay paid or charged for the client's care, week by week, with why. Lines of"
                + " runs not yet RELEASED may still change.");
        explained.forEach(week -> week(document, clientId, week));
        return Optional.of(document);
    }

    private List<LocalDate> weeksWithLines(String clientId) {
        return jdbc.queryForList("""
                select l.week_start from payment_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and %1$s
                union select l.week_start from charge_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and %1$s
                order by 1""".formatted(LIVE), LocalDate.class, clientId, clientId);
    }

    private void week(Document document, String clientId, LocalDate week) {
        document.heading("Week " + week + " to " + week.plusDays(6));
        services(document, clientId, week);
        payments(document, clientId, week);
        visitsByDay(document, clientId, week);
        notPaid(document, clientId, week);
        costs(document, clientId, week);
        charges(document, clientId, week);
    }

    private void services(Document document, String clientId, LocalDate week) {
        document.text("Services (as the current care plan has them):");
        document.table("Package", "Service", "Provider", "Basis", "From", "To", "Units a week", "Rate £");
        jdbc.query("""
                select p.package_id, p.service_type, p.provider_id || coalesce(' ' || v.name, ''), p.payment_basis,
                       p.start_date, p.end_date, p.planned_units_per_week, p.unit_rate
                from package p left join provider v on v.provider_id = p.provider_id and v.file_id = ?
                where p.file_id = ? and p.client_id = ? and p.start_date <= ? and (p.end_date is null or p.end_date >= ?)
                order by p.package_id""", rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8));
        }, snapshots.currentOrNone(InboxKind.PROVIDERS), snapshots.currentOrNone(InboxKind.PACKAGES), clientId,
                week.plusDays(6), week);
    }

    private void payments(Document document, String clientId, LocalDate week) {
        document.text("Paid to providers (corrections are lines of later runs, learnt on the day shown):");
        document.table("Run", "Status", "Package", "Line", "Date", "Units", "Amount £", "Learnt", "Source", "Why");
        jdbc.query("""
                select l.run_id, r.status, l.package_id, l.line_type, l.service_date, l.paid_units, l.amount, %s,
                       l.source_path || coalesce(':' || l.source_record, ''), l.detail
                from payment_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and l.week_start = ? and %s
                order by coalesce(r.rated_at, r.proposed_at), l.line_id""".formatted(LEARNT, LIVE), rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10));
        }, clientId, week);
        document.text("Paid for the week in released runs: " + Money.text(sum("""
                select sum(l.amount) from payment_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and l.week_start = ? and r.status = 'RELEASED'""", clientId, week)));
    }

    private void visitsByDay(Document document, String clientId, LocalDate week) {
        document.text("Visits paid by released runs, day by day:");
        document.table("Date", "Visits", "Carer-minutes", "Amount £");
        jdbc.query("""
                select l.service_date, count(*), sum(l.paid_units), sum(l.amount)
                from payment_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and l.week_start = ? and l.line_type = 'VISIT' and r.status = 'RELEASED'
                group by l.service_date order by l.service_date""", rs -> {
            document.row(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4));
        }, clientId, week);
    }

    private void notPaid(Document document, String clientId, LocalDate week) {
        document.text("Not paid, or paid in part, and why:");
        document.table("Run", "Code", "Severity", "Package", "Date", "Not paid £", "Source", "Why");
        jdbc.query("""
                select e.run_id, e.code, e.severity, e.package_id, e.service_date, e.amount_not_paid,
                       e.source_path || coalesce(':' || e.source_record, ''), e.detail
                from run_exception e join payment_run r on r.run_id = e.run_id
                where e.client_id = ? and r.week_start = ? and r.kind <> 'BILLING' and %s
                order by e.run_id, e.service_date, e.source_path, e.source_record, e.code""".formatted(LIVE), rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getString(7), rs.getString(8));
        }, clientId, week);
    }

    private void costs(Document document, String clientId, LocalDate week) {
        document.text("What the care cost, and the council's share of it (R6):");
        document.table("Run", "Package", "Service", "Provider", "Cost £", "Council share %", "Chargeable £");
        jdbc.query("""
                select i.run_id, i.package_id, i.service_type, i.provider_name, i.amount, i.council_share, i.chargeable
                from charge_item i join payment_run r on r.run_id = i.run_id
                where i.client_id = ? and i.week_start = ? and %s
                order by coalesce(r.rated_at, r.proposed_at), i.package_id""".formatted(LIVE), rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                    rs.getInt(6), rs.getBigDecimal(7));
        }, clientId, week);
    }

    private void charges(Document document, String clientId, LocalDate week) {
        document.text("Charged to the client: the lower of the chargeable cost and the maximum charge (the"
                + " contribution assessed for the week):");
        document.table("Run", "Status", "Line", "Chargeable £", "Maximum charge £", "Charge £", "Billing", "Learnt",
                "Why");
        jdbc.query("""
                select l.run_id, r.status, l.line_type, l.chargeable_cost, l.maximum_charge, l.charge, l.status, %s,
                       l.detail
                from charge_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and l.week_start = ? and %s
                order by coalesce(r.rated_at, r.proposed_at), l.line_id""".formatted(LEARNT, LIVE), rs -> {
            document.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                    rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9));
        }, clientId, week);
        document.text("Charged for the week in released runs: " + Money.text(sum("""
                select sum(l.charge) from charge_line l join payment_run r on r.run_id = l.run_id
                where l.client_id = ? and l.week_start = ? and r.status = 'RELEASED' and l.status = 'BILLED'""",
                clientId, week)));
    }

    private BigDecimal sum(String sql, Object... arguments) {
        BigDecimal sum = jdbc.queryForObject(sql, BigDecimal.class, arguments);
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
