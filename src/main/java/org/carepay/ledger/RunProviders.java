package org.carepay.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The providers of a run with their totals and the details of the providers snapshot the run was
 * rated with (its run_input), never a later one: ap-payments, the QA report and the bank file all
 * read them here, so they agree with each other and a rerun writes the same bytes.
 */
@Repository
public class RunProviders {

    private final JdbcTemplate jdbc;

    public RunProviders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In provider order (code points); a provider missing from the snapshot has null details. */
    public List<RunProvider> of(String runId) {
        return jdbc.query("""
                select l.provider_id, p.supplier_ref, p.sort_code, p.account_number, p.account_name,
                       p.bank_details_changed_on, l.total, l.lines
                -- summed first, then joined: a join per provider, not per line (half the time at a million lines)
                from (select provider_id, sum(amount) total, count(*) lines from payment_line where run_id = ?
                      group by provider_id) l
                left join provider p on p.provider_id = l.provider_id and p.file_id = (select i.file_id
                  from run_input i join inbox_file f on f.id = i.file_id where i.run_id = ? and f.kind = 'PROVIDERS')
                order by l.provider_id collate "C\"""", (rs, i) -> new RunProvider(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getBigDecimal(7), rs.getLong(8)), runId, runId);
    }

    /** The providers' names in the snapshot the run read, by provider id. */
    public Map<String, String> names(String runId) {
        Map<String, String> names = new HashMap<>();
        jdbc.query("""
                select p.provider_id, p.name from provider p join run_input i on i.file_id = p.file_id
                where i.run_id = ?""", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        }, runId);
        return names;
    }

    /** One provider of a run. */
    public record RunProvider(String providerId, String supplierRef, String sortCode, String accountNumber,
                              String accountName, LocalDate bankDetailsChangedOn, BigDecimal total, long lineCount) {

        /** R7: a provider whose run total is not above 0 is paid nothing. */
        public boolean paid() {
            return total.signum() > 0;
        }
    }
}
