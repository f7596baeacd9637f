package org.carepay.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.carepay.CarepayProperties;
import org.carepay.output.AtomicFile;
import org.carepay.payments.RunKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tamper evidence (docs/audit.md): each release seals its run with the SHA-256 of its ledger lines and of
 * every file of its folder, and chains the seal to the one of the release before it, so that the audit can
 * recompute the chain and find a change made behind Carepay's back: in the database, where a superuser can
 * pass the triggers that refuse it, or on disk.
 */
@Repository
public class RunSeals {

    /** What the first seal is chained to. */
    public static final String GENESIS = "0".repeat(64);

    /** Timestamps as the seal records them: UTC to the microsecond, the same text on every machine. */
    private static final String UTC = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";

    private final JdbcTemplate jdbc;
    private final CarepayProperties properties;

    public RunSeals(JdbcTemplate jdbc, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Seals every released run that has no seal, in the order of release, in the caller's transaction (the
     * one that records a release): a run released before seals were recorded is sealed as it is then.
     */
    public void sealReleased() throws IOException {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('carepay.seal'))"); // one chain, one writer
        for (String runId : jdbc.queryForList("""
                select run_id from payment_run r where status = 'RELEASED'
                  and not exists (select 1 from run_seal s where s.run_id = r.run_id)
                order by released_at, run_id""", String.class)) {
            seal(runId);
        }
    }

    private void seal(String runId) throws IOException {
        List<Seal> seals = seals();
        Seal last = seals.isEmpty() ? null : seals.get(seals.size() - 1);
        String previous = last == null ? GENESIS : last.sha256();
        LineDigests.Digest ledger = ledger(runId);
        String inputs = inputs(runId);
        SortedMap<String, LineDigests.Digest> files = files(folder(runId));
        String sha = sha256(previous, lifecycle(runId), ledger, inputs, files);
        jdbc.update("""
                insert into run_seal (seal_no, run_id, ledger_lines, ledger_sha256, ledger_digests, inputs_sha256,
                                      previous_sha256, seal_sha256, sealed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, now())""", last == null ? 1 : last.sealNo() + 1, runId, ledger.lines(),
                ledger.sha256(), ledger.digests(), inputs, previous, sha);
        files.forEach((path, file) -> jdbc.update("insert into run_seal_file (run_id, path, sha256, bytes, lines,"
                + " line_digests) values (?, ?, ?, ?, ?, ?)", runId, path, file.sha256(), file.bytes(), file.lines(),
                file.digests()));
    }

    /**
     * What a seal's SHA-256 is of: the seal before it, the run's lifecycle (who started, approved and
     * released it, and when), its ledger, what else the audit trusts of it and its files.
     */
    public static String sha256(String previous, String lifecycle, LineDigests.Digest ledger, String inputs,
                                SortedMap<String, LineDigests.Digest> files) {
        StringBuilder text = new StringBuilder("carepay seal 1\nprevious ").append(previous).append('\n')
                .append(lifecycle).append('\n')
                .append("ledger ").append(ledger.lines()).append(' ').append(ledger.sha256()).append('\n')
                .append("inputs ").append(inputs).append('\n');
        files.forEach((path, file) -> text.append("file ").append(path).append(' ').append(file.bytes()).append(' ')
                .append(file.lines()).append(' ').append(file.sha256()).append('\n'));
        return LineDigests.sha256(text.toString());
    }

    /** The seals, in the order of release. */
    public List<Seal> seals() {
        return jdbc.query("select * from run_seal order by seal_no", (rs, i) -> new Seal(rs.getLong("seal_no"),
                rs.getString("run_id"), new LineDigests.Digest(rs.getString("ledger_sha256"), 0,
                rs.getInt("ledger_lines"), rs.getBytes("ledger_digests")), rs.getString("inputs_sha256"),
                rs.getString("previous_sha256"), rs.getString("seal_sha256")));
    }

    /** The run's seal. */
    public Seal sealOf(String runId) {
        return seals().stream().filter(seal -> seal.runId().equals(runId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(runId + " has no seal"));
    }

    /** The files a seal recorded, by path in its run's folder. */
    public SortedMap<String, LineDigests.Digest> sealedFiles(String runId) {
        SortedMap<String, LineDigests.Digest> files = new TreeMap<>();
        jdbc.query("select * from run_seal_file where run_id = ?", rs -> {
            files.put(rs.getString("path"), new LineDigests.Digest(rs.getString("sha256"), rs.getLong("bytes"),
                    rs.getInt("lines"), rs.getBytes("line_digests")));
        }, runId);
        return files;
    }

    /** The run's lifecycle as its seal records it. */
    public String lifecycle(String runId) {
        return jdbc.queryForObject("select format('run %s %s %s %s\nstarted %s|%s\napproved %s|%s|%s\nreleased %s|%s',"
                + " run_id, kind, week_start, attempt, started_by, started_os, approved_by, approved_os,"
                + " to_char(approved_at at time zone 'UTC', " + UTC + "), to_char(released_at at time zone 'UTC', "
                + UTC + "), released_os) from payment_run where run_id = ?", String.class, runId);
    }

    /**
     * The run's ledger lines, one line of text each in line_id order: a payment run's payment lines, a
     * billing run's charge lines, every column.
     */
    public LineDigests.Digest ledger(String runId) {
        LineDigests digests = new LineDigests();
        jdbc.query(ledgerRows(kind(runId)), rs -> {
            digests.row(rs.getString(1));
        }, runId);
        return digests.digest();
    }

    /**
     * The SHA-256 of what else the audit trusts of the run, one line each in code point order: the files it
     * took (with the SHA-256 ingest recorded of each), its claims, and a billing run's charge items and bills.
     */
    public String inputs(String runId) {
        LineDigests rows = new LineDigests();
        jdbc.query("""
                select t from (select 'input ' || i.file_id || ' ' || f.path || ' ' || f.sha256 from run_input i
                join inbox_file f on f.id = i.file_id where i.run_id = ?
                union all select format('claim %s %s %s', claim_type, item, live) from run_claim where run_id = ?
                union all select format('item %s|%s|%s|%s|%s|%s|%s|%s', client_id, week_start, package_id, service_type,
                                        provider_name, amount, council_share, chargeable) from charge_item where run_id = ?
                union all select format('bill %s|%s|%s|%s|%s|%s|%s|%s', client_id, debtor_ref, client_name, bill_to,
                                        address_line_1, postcode, amount, line_count) from run_bill where run_id = ?)
                rows (t) order by t collate "C\"""", rs -> {
            rows.row(rs.getString(1));
        }, runId, runId, runId, runId);
        return rows.digest().sha256();
    }

    /** The line_id of each of the run's ledger lines, in the order {@link #ledger} reads them. */
    public List<Long> ledgerLineIds(String runId) {
        String table = kind(runId) == RunKind.BILLING ? "charge_line" : "payment_line";
        return jdbc.queryForList("select line_id from " + table + " where run_id = ? order by line_id", Long.class,
                runId);
    }

    private static String ledgerRows(RunKind kind) {
        return kind == RunKind.BILLING ? """
                select format('%s|%s|%s|%s|%s|%s|%s|%s|%s', line_id, client_id, week_start, line_type, chargeable_cost,
                              maximum_charge, charge, status, detail)
                from charge_line where run_id = ? order by line_id""" : """
                select format('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', line_id, provider_id, client_id, package_id,
                              service_type, week_start, service_date, line_type, source_path, source_record,
                              paid_units, amount, detail)
                from payment_line where run_id = ? order by line_id""";
    }

    private RunKind kind(String runId) {
        return RunKind.valueOf(jdbc.queryForObject("select kind from payment_run where run_id = ?", String.class,
                runId));
    }

    /** The run's folder, where its files are (under carepay.out). */
    public Path folder(String runId) {
        return kind(runId).folder(properties.out(), runId);
    }

    /** Every file of a run's folder and its subfolders, by path relative to it ('/' between names). */
    public static SortedMap<String, LineDigests.Digest> files(Path folder) throws IOException {
        SortedMap<String, LineDigests.Digest> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(file -> !AtomicFile.isTemporary(file) && !isArtefact(file)
                            && !file.equals(folder.resolve(RELEASE_RECORD)))
                    .forEach(file -> {
                        try {
                            files.put(folder.relativize(file).toString().replace('\\', '/'), LineDigests.of(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** The seal's own record in the run's folder (PaymentRuns' ReleaseFile), written from it, so not in it. */
    public static final String RELEASE_RECORD = "release.json";

    /**
     * A file that a desktop leaves beside the files people open (a spreadsheet's lock, a folder's thumbnails):
     * not an output, not sealed, not a change.
     */
    private static boolean isArtefact(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".~lock.") || name.startsWith("~$") || name.equals(".DS_Store")
                || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini");
    }

    /**
     * Whether the run was released before this version of Carepay sealed releases (V7): it is sealed by the
     * next release, as it is then.
     */
    public boolean releasedBeforeSeals(String runId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select r.released_at < (select installed_on from flyway_schema_history where version = '7')
                from payment_run r where r.run_id = ?""", Boolean.class, runId));
    }

    /**
     * @param ledger       the ledger's SHA-256, line count and line digests as sealed
     * @param inputsSha256 {@link #inputs} as sealed
     */
    public record Seal(long sealNo, String runId, LineDigests.Digest ledger, String inputsSha256,
                       String previousSha256, String sha256) {
    }
}
