package org.carepay.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.carepay.cli.Terminal;
import org.carepay.documents.Statement;
import org.carepay.documents.StatementDocuments;
import org.carepay.output.AtomicFileBatch;
import org.carepay.output.DocumentThread;
import org.carepay.output.FileForcing;
import org.carepay.output.FileNames;
import org.carepay.payments.PaymentRun;
import org.carepay.rules.BillingPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One {@link Statement} per client billed in the run (debtors-interface.csv), from the run's ledger rows
 * read in one pass, client after client: memory holds one client's statement at a time.
 */
@Component
class Statements {

    private final JdbcTemplate cursor;
    private final StatementDocuments documents;
    private final DocumentThread documentThread;
    private final FileForcing fileForcing;
    private final Terminal terminal;

    Statements(JdbcTemplate jdbc, StatementDocuments documents, DocumentThread documentThread,
               FileForcing fileForcing, Terminal terminal) {
        this.documents = documents;
        this.documentThread = documentThread;
        this.fileForcing = fileForcing;
        this.terminal = terminal;
        this.cursor = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.cursor.setFetchSize(10_000); // streamed: the step's transaction keeps the cursor open
    }

    void write(Path folder, PaymentRun run) throws IOException {
        BillingPeriod period = new BillingPeriod(run.weekStart());
        AtomicFileBatch files = fileForcing.batch();
        long bills = cursor.queryForObject("select count(*) from run_bill where run_id = ? and amount > 0",
                Long.class, run.runId());
        DocumentThread.Documents pages = documentThread.documents();
        try (Terminal.Progress progress = terminal.progress("statements", bills, "statements")) {
            long[] written = new long[1];
            StatementReader reader = new StatementReader(run.runId(), period, statement -> {
                // a client id made a file name that no other id shares (docs/billing.md)
                pages.make(() -> documents.write(files, folder.resolve(FileNames.of(statement.clientId())), statement));
                progress.at(++written[0], "");
            });
            read(run, reader);
            reader.finish();
            pages.finish();
        }
        files.commit();
    }

    /** The run's bills with their lines and services, client after client, into the reader. */
    private void read(PaymentRun run, StatementReader reader) {
        cursor.query("""
                with snapshot as (
                    select f.kind, f.id from run_input i join inbox_file f on f.id = i.file_id where i.run_id = ?),
                weekly as ( -- one assessed weekly amount over the week's days, when there is one
                    select l.client_id, l.week_start,
                           case when count(distinct (k.assessment_type, k.weekly_amount)) = 1
                                 and bool_and(k.assessment_type in ('NON_RESIDENTIAL', 'RESIDENTIAL'))
                                then min(k.weekly_amount) end weekly_contribution
                    from charge_line l join contribution k on k.client_id = l.client_id
                         and k.file_id = (select id from snapshot where kind = 'CONTRIBUTIONS')
                         and k.effective_from <= l.week_start + 6
                         and coalesce(k.effective_to, 'infinity') >= l.week_start
                    where l.run_id = ? and l.line_type = 'WEEK' group by l.client_id, l.week_start)
                select b.client_id, b.client_name, b.bill_to, b.address_line_1, b.postcode, b.debtor_ref, b.amount,
                       c.date_of_death, l.week_start, l.line_type, l.chargeable_cost, l.maximum_charge, l.charge,
                       l.status, l.detail, w.weekly_contribution,
                       i.service_type, i.provider_name, i.amount item_amount, i.council_share, i.chargeable
                from run_bill b
                join charge_line l on l.run_id = b.run_id and l.client_id = b.client_id
                left join client c on c.client_id = b.client_id
                     and c.file_id = (select id from snapshot where kind = 'CLIENTS')
                left join weekly w on l.line_type = 'WEEK' and w.client_id = l.client_id and w.week_start = l.week_start
                left join charge_item i on l.line_type = 'WEEK' and i.run_id = l.run_id
                     and i.client_id = l.client_id and i.week_start = l.week_start
                where b.run_id = ? and b.amount > 0
                order by b.client_id collate "C", l.week_start, l.line_type collate "C", i.package_id collate "C\"""",
                reader::row, run.runId(), run.runId(), run.runId());
    }

    /**
     * Gathers the rows of one client into its statement and hands it on when the next client's begin. The
     * statement's lists are filled in place as the rows come, and read only once it is handed on.
     */
    private static final class StatementReader {

        private final String runId;
        private final BillingPeriod period;
        private final Consumer<Statement> done;
        private Statement statement;
        private List<Statement.Line> lines;
        private List<Statement.Service> services;

        StatementReader(String runId, BillingPeriod period, Consumer<Statement> done) {
            this.runId = runId;
            this.period = period;
            this.done = done;
        }

        void row(ResultSet rs) throws SQLException {
            String clientId = rs.getString("client_id");
            if (statement == null || !statement.clientId().equals(clientId)) {
                finish();
                lines = new ArrayList<>();
                statement = new Statement(runId, clientId, rs.getString("client_name"), rs.getString("bill_to"),
                        rs.getString("address_line_1"), rs.getString("postcode"), rs.getString("debtor_ref"),
                        period.start(), period.end(), rs.getObject("date_of_death", LocalDate.class),
                        rs.getBigDecimal("amount"), lines);
            }
            LocalDate week = rs.getObject("week_start", LocalDate.class);
            String lineType = rs.getString("line_type");
            Statement.Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last == null || !last.weekStart().equals(week) || !last.lineType().equals(lineType)) {
                services = new ArrayList<>();
                lines.add(new Statement.Line(week, lineType, rs.getBigDecimal("chargeable_cost"),
                        rs.getBigDecimal("maximum_charge"), rs.getBigDecimal("charge"), rs.getString("status"),
                        rs.getString("detail"), rs.getBigDecimal("weekly_contribution"), services));
            }
            BigDecimal itemAmount = rs.getBigDecimal("item_amount");
            if (itemAmount != null) {
                services.add(new Statement.Service(rs.getString("service_type"), rs.getString("provider_name"),
                        itemAmount, rs.getInt("council_share"), rs.getBigDecimal("chargeable")));
            }
        }

        void finish() {
            if (statement != null) {
                done.accept(statement);
                statement = null;
            }
        }
    }
}
