package org.carepay.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carepay.rules.Visit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The provider returns ingest took in, as the rules take them: the current return of each provider for a
 * week (a later one replaced an earlier one, R7) and its visits in record order.
 */
@Component
public class ReturnVisits {

    private final JdbcTemplate jdbc;

    public ReturnVisits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The week's current returns, by provider_id. */
    public List<ReturnFile> returnsOf(LocalDate weekStart) {
        return jdbc.query("""
                select f.id, f.path, w.provider_id from return_week w join inbox_file f on f.id = w.file_id
                where w.week_start = ? order by w.provider_id""",
                (rs, i) -> new ReturnFile(rs.getLong(1), rs.getString(2), rs.getString(3)), weekStart);
    }

    /**
     * The returns of the week among these files (a run's inputs), by provider_id: what the run valued the
     * week with, a return of only refused lines included.
     */
    public List<ReturnFile> returnsAmong(LocalDate weekStart, Collection<Long> fileIds) {
        return jdbc.query("""
                select f.id, f.path, k.key from inbox_file f join inbox_file_lines k on k.file_id = f.id
                where f.id = any(?) and f.kind = 'RETURN' and k.key like '%|' || ? order by k.key collate "C\"""",
                (rs, i) -> new ReturnFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3).substring(0, rs.getString(3).lastIndexOf('|'))),
                fileIds.toArray(Long[]::new), weekStart.toString());
    }

    /** How many lines each of these returns has for the week (ingest counted them), by file id. */
    public Map<Long, Integer> linesOf(LocalDate weekStart, Collection<ReturnFile> returns) {
        Map<Long, Integer> lines = new HashMap<>();
        jdbc.query("select file_id, lines from inbox_file_lines where file_id = any(?) and key like '%|' || ?",
                rs -> {
                    lines.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                }, returns.stream().map(ReturnFile::id).toArray(Long[]::new), weekStart.toString());
        return lines;
    }

    /** The return's visits in record order, each with its source {@code path:record}. */
    public List<Visit> of(ReturnFile file) {
        return jdbc.query("select * from visit where file_id = ? order by record_no", visit(file), file.id());
    }

    /**
     * The return's visits of these clients or packages, in record order: R2 rates a client's visits of a week
     * apart from the others' (its one check across lines, DUPLICATE_VISIT, compares a client's own).
     */
    public List<Visit> of(ReturnFile file, Set<String> clients, Set<String> packages) {
        return jdbc.query("select * from visit where file_id = ? and (client_id = any(?) or package_id = any(?))"
                + " order by record_no", visit(file), file.id(), clients.toArray(String[]::new),
                packages.toArray(String[]::new));
    }

    /**
     * The clients of the earlier version of the return among these files (the one a run saw): the returns it
     * replaced, one after the other, are followed back from it.
     */
    public Set<String> clientsOfEarlier(ReturnFile file, Set<Long> fileIds) {
        return new HashSet<>(jdbc.queryForList("""
                with recursive earlier (id) as (
                    select replaces_file_id from inbox_file where id = ? and replaces_file_id is not null
                    union all
                    select f.replaces_file_id from inbox_file f join earlier e on f.id = e.id
                    where f.replaces_file_id is not null)
                select distinct v.client_id from earlier e join visit v on v.file_id = e.id where e.id = any(?)""",
                String.class, file.id(), fileIds.toArray(Long[]::new)));
    }

    private static RowMapper<Visit> visit(ReturnFile file) {
        return (rs, i) -> new Visit(
                file.path() + ":" + rs.getInt("record_no"), rs.getInt("record_no"), rs.getString("provider_id"),
                rs.getObject("week_start", LocalDate.class), rs.getString("client_id"), rs.getString("package_id"),
                rs.getObject("visit_date", LocalDate.class), rs.getObject("planned_start", LocalTime.class),
                rs.getInt("planned_minutes"), rs.getObject("actual_start", LocalTime.class),
                rs.getInt("actual_minutes"), rs.getInt("carers"), rs.getString("carer_ref"),
                rs.getString("variation_ref"));
    }

    /** One provider's current return for a week. */
    public record ReturnFile(long id, String path, String providerId) {
    }
}
