package org.carepay.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a council's cycle left: every output file, byte for byte, and the ledger, row by row, with only what
 * differs between two correct runs by nature taken out: the clock (lifecycle.csv's and the audit's times), the
 * ids the database hands out (an ingest's or audit's execution id, a ledger line's id, and the seal hashes
 * that cover them). Ingest and audit folders are named by their rank.
 */
record Snapshot(Map<String, String> files, List<String> ledger) {

    /**
     * The ledger: the runs, their lines, exceptions, inputs (by path and SHA-256), claims (an accrued line by
     * what it is), charge items, bills and CoP debts, and the inbox's files; no timestamps, no line ids.
     */
    private static final String LEDGER = """
            select 'payment_run ' || (to_jsonb(r) - array['approved_at', 'released_at', 'rated_at', 'proposed_at'])::text
              from payment_run r
            union all select 'payment_line ' || (to_jsonb(l) - 'line_id')::text from payment_line l
            union all select 'charge_line ' || (to_jsonb(l) - 'line_id')::text from charge_line l
            union all select 'run_exception ' || to_jsonb(e)::text from run_exception e
            union all select 'run_input ' || i.run_id || ' ' || f.path || ' ' || f.sha256
              from run_input i join inbox_file f on f.id = i.file_id
            union all select 'run_claim ' || c.run_id || ' ' || c.claim_type || ' ' || c.live || ' ' || coalesce(
                (select (to_jsonb(l) - 'line_id')::text from charge_line l
                 where c.claim_type = 'ACCRUED_LINE' and l.line_id::text = c.item), c.item)
              from run_claim c
            union all select 'charge_item ' || to_jsonb(i)::text from charge_item i
            union all select 'run_bill ' || to_jsonb(b)::text from run_bill b
            union all select 'run_cop_debt ' || to_jsonb(d)::text from run_cop_debt d
            union all select 'inbox_file ' || f.path || ' ' || f.sha256 || ' ' || f.status || ' ' || coalesce(f.reject_code, '')
              from inbox_file f
            order by 1""";

    static Snapshot of(Council council) throws IOException, SQLException, NoSuchAlgorithmException {
        return new Snapshot(files(council.out()), council.query(LEDGER));
    }

    /** Each file's normalised path and content; a *.tmp file left behind is one too (and will differ). */
    private static Map<String, String> files(Path out) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(out)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> ingests = ranked(out.resolve("ingest"));
        List<String> audits = ranked(out.resolve("audit"));
        for (Path file : all) {
            String path = out.relativize(file).toString();
            if (path.endsWith(".pdf")) { // reproducible to the byte: its digest stands for it
                files.put(path, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file))));
                continue;
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (path.endsWith("/release.json")) {
                // the seal's hash, and lifecycle.csv's, are of the lifecycle's times: each file is compared itself
                content = content.replaceAll("\\b[0-9a-f]{64}\\b", "<sha256>");
            }
            if (path.startsWith("ingest/")) {
                String id = path.split("/")[1];
                path = path.replaceFirst("^ingest/" + id + "/", "ingest/#" + ingests.indexOf(id) + "/");
                content = content.replaceAll("(?m)^" + id + ",", "#,");
            } else if (path.startsWith("audit/")) {
                String id = path.split("/")[1];
                path = path.replaceFirst("^audit/" + id + "/", "audit/#" + audits.indexOf(id) + "/");
                content = content.replace("execution " + id, "execution #").replaceAll("\\b[0-9a-f]{64}\\b", "<sha256>");
            }
            files.put(path, content.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>"));
        }
        return files;
    }

    /** The folders under {@code parent}, named by ids, in the order of their ids. */
    private static List<String> ranked(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(parent)) {
            return folders.map(folder -> folder.getFileName().toString())
                    .sorted((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b))).toList();
        }
    }

    /** Where this snapshot and the expected one differ, in words; empty when they agree. */
    List<String> differences(Snapshot expected) {
        List<String> differences = new ArrayList<>();
        expected.files.keySet().stream().filter(path -> !files.containsKey(path))
                .forEach(path -> differences.add("missing: out/" + path));
        files.forEach((path, content) -> {
            if (!expected.files.containsKey(path)) {
                differences.add("not in the uninterrupted run: out/" + path);
            } else if (!content.equals(expected.files.get(path))) {
                differences.add("differs: out/" + path);
            }
        });
        List<String> extra = new ArrayList<>(ledger);
        extra.removeAll(expected.ledger);
        List<String> lacking = new ArrayList<>(expected.ledger);
        lacking.removeAll(ledger);
        extra.forEach(row -> differences.add("ledger row not in the uninterrupted run: " + row));
        lacking.forEach(row -> differences.add("ledger row missing: " + row));
        if (ledger.size() != expected.ledger.size()) {
            differences.add("ledger rows: " + ledger.size() + ", the uninterrupted run has " + expected.ledger.size());
        }
        return differences;
    }
}
