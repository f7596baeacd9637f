package org.carepay.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.carepay.ingest.format.InboxKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** inbox_file and ingest_exception: which files an ingest took in, rejected or skipped, and why. */
@Repository
class InboxStore {

    /**
     * Why a file whose name is not UTF-8 is rejected: a verdict on its name, not its bytes, so the same bytes
     * under another name are judged afresh.
     */
    static final String NAME_NOT_UTF8 = "the file's name is not valid UTF-8: rename it, then ingest again";

    private static final RowMapper<InboxFile> FILE = (rs, i) -> new InboxFile(rs.getLong("id"),
            rs.getLong("ingest_id"), rs.getInt("seq"), InboxKind.valueOf(rs.getString("kind")), rs.getString("path"),
            rs.getString("sha256"));

    private final JdbcTemplate jdbc;

    InboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long register(long ingestId, int seq, InboxKind kind, String path, FileFacts facts) {
        return jdbc.queryForObject("""
                insert into inbox_file (ingest_id, seq, kind, path, sha256, size_bytes, status)
                values (?, ?, ?, ?, ?, ?, 'PENDING') returning id""", Long.class,
                ingestId, seq, kind.name(), path, facts.sha256(), facts.size());
    }

    /** The first file with these bytes that was taken in or rejected, if any. */
    Optional<PriorFile> priorWith(String sha256) {
        return jdbc.query("""
                select path, status, reject_code, reject_detail from inbox_file
                where sha256 = ? and status in ('TAKEN_IN', 'REJECTED') and reject_detail is distinct from ?
                order by id limit 1""", (rs, i) -> new PriorFile(rs.getString("path"), rs.getString("status"),
                rs.getString("reject_code"), rs.getString("reject_detail")), sha256, NAME_NOT_UTF8).stream()
                .findFirst();
    }

    /** The ingest's files still to be taken in, in the ingest order. */
    List<InboxFile> pending(long ingestId) {
        return jdbc.query("select * from inbox_file where ingest_id = ? and status = 'PENDING' order by seq",
                FILE, ingestId);
    }

    void reject(InboxFile file, String code, String detail) {
        reject(file, code, null, detail);
    }

    void reject(InboxFile file, String code, String providerId, String detail) {
        jdbc.update("update inbox_file set status = 'REJECTED', reject_code = ?, reject_detail = ? where id = ?",
                code, detail, file.id());
        add(file.ingestId(), new IngestException(file.id(), null, code, "REFUSED", providerId, null, null, null,
                detail, null));
    }

    /** The file left the inbox before it was read: nothing of it is taken in, and its bytes are no verdict. */
    void gone(InboxFile file) {
        forgetLines(file);
        jdbc.update("update inbox_file set status = 'GONE' where id = ?", file.id());
    }

    void skip(InboxFile file, String detail) {
        jdbc.update("update inbox_file set status = 'SKIPPED' where id = ?", file.id());
        add(file.ingestId(), IngestException.ofFile(file.id(), "ALREADY_INGESTED", "INFO", detail));
    }

    void takeIn(InboxFile file, int lineCount, Long replacesFileId) {
        jdbc.update("""
                update inbox_file set status = 'TAKEN_IN', line_count = ?, replaces_file_id = ?,
                  refused_count = (select count(*) from ingest_exception where file_id = ? and severity = 'REFUSED'),
                  taken_in_at = now(), taken_in_seq = nextval('taken_in_seq')
                where id = ?""", lineCount, replacesFileId, file.id(), file.id());
    }

    void add(long ingestId, IngestException e) {
        addAll(ingestId, List.of(e));
    }

    void addAll(long ingestId, List<IngestException> exceptions) {
        jdbc.batchUpdate("""
                insert into ingest_exception (ingest_id, file_id, record_no, code, severity, provider_id, client_id,
                  package_id, service_date, detail, entity_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                exceptions, 500, (ps, e) -> {
                    ps.setLong(1, ingestId);
                    ps.setLong(2, e.fileId());
                    ps.setObject(3, e.recordNo());
                    ps.setString(4, e.code());
                    ps.setString(5, e.severity());
                    ps.setString(6, e.providerId());
                    ps.setString(7, e.clientId());
                    ps.setString(8, e.packageId());
                    ps.setString(9, e.serviceDate());
                    ps.setString(10, e.detail());
                    ps.setString(11, e.entityKey());
                });
    }

    void addLineCounts(LineCounts counts) {
        List<Object[]> rows = new java.util.ArrayList<>();
        counts.byFile().forEach((fileId, keys) -> keys.forEach((key, lines) -> rows.add(new Object[] {fileId, key, lines})));
        jdbc.batchUpdate("""
                insert into inbox_file_lines (file_id, key, lines) values (?, ?, ?)
                on conflict (file_id, key) do update set lines = inbox_file_lines.lines + excluded.lines""", rows);
    }

    /** The lines (records after the header) the load step read of a file, by key. */
    Map<String, Integer> lineCounts(InboxFile file) {
        Map<String, Integer> counts = new TreeMap<>(InboxListing.CODE_POINT_ORDER);
        jdbc.query("select key, lines from inbox_file_lines where file_id = ?",
                rs -> {
                    counts.put(rs.getString("key"), rs.getInt("lines"));
                }, file.id());
        return counts;
    }

    /** A file's line exceptions go when the file is rejected whole: nothing of it is taken in. */
    void forgetLines(InboxFile file) {
        jdbc.update("delete from " + file.kind().table() + " where file_id = ?", file.id());
        jdbc.update("delete from ingest_exception where file_id = ?", file.id());
    }

    record PriorFile(String path, String status, String rejectCode, String rejectDetail) {
    }
}
