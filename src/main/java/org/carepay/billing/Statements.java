package org.carepay.billing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepay.output.AtomicFile;
import org.carepay.payments.PaymentRun;
import org.carepay.rules.BillingPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One {@link Statement} per client billed in the run (debtors-interface.csv), from the run's ledger rows. */
@Component
class Statements {

    private final JdbcTemplate jdbc;

    Statements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(Path folder, PaymentRun run) throws IOException {
        BillingPeriod period = new BillingPeriod(run.weekStart());
        List<Statement> statements = jdbc.query("""
                select client_id, bill_to, address_line_1, postcode, debtor_ref, amount from run_bill
                where run_id = ? and amount > 0 order by client_id collate "C\"""", (rs, i) -> new Statement(
                run.runId(), rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                period.start(), period.end(), rs.getBigDecimal(6), lines(run.runId(), rs.getString(1))),
                run.runId());
        for (Statement statement : statements) {
            byte[] html = statement.html().getBytes(StandardCharsets.UTF_8);
            // A client id is a file name here: one that could leave the folder is written under a safe name.
            String name = statement.clientId().replaceAll("[^A-Za-z0-9_.-]", "_");
            AtomicFile.write(folder.resolve(name + ".html"), out -> out.write(html));
        }
    }

    private List<Statement.Line> lines(String runId, String clientId) {
        Map<LocalDate, List<Statement.Service>> services = new HashMap<>();
        jdbc.query("""
                select week_start, service_type, provider_name, amount, council_share, chargeable from charge_item
                where run_id = ? and client_id = ? order by week_start, package_id collate "C\"""", rs -> {
            services.computeIfAbsent(rs.getObject(1, LocalDate.class), w -> new ArrayList<>()).add(
                    new Statement.Service(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5),
                            rs.getBigDecimal(6)));
        }, runId, clientId);
        return jdbc.query("""
                select week_start, line_type, chargeable_cost, maximum_charge, charge, status, detail from charge_line
                where run_id = ? and client_id = ? order by week_start, line_type collate "C\"""", (rs, i) -> {
            LocalDate week = rs.getObject(1, LocalDate.class);
            boolean weekLine = "WEEK".equals(rs.getString(2));
            return new Statement.Line(week, rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                    rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                    weekLine ? services.getOrDefault(week, List.of()) : List.of());
        }, runId, clientId);
    }
}
