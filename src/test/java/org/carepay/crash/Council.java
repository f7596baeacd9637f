package org.carepay.crash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.carepay.db.LocalPostgres;

/**
 * A council's installation in one folder: its output ({@code out/}), its embedded database ({@code var/pg}),
 * its log and its job files ({@code jobs/}), configured as the README says, with the sample council's bank
 * account for releases and any other settings given.
 */
record Council(Path folder, Map<String, String> settings) {

    Council(Path folder) {
        this(folder, Map.of());
    }

    /** A client backend's title (what ps shows): "postgres: user database host(port) activity". */
    private static final Pattern BACKEND = Pattern.compile("postgres: \\S+ \\S+ (\\S+\\(\\d+\\)|\\[local\\]) .*");

    Path out() {
        return folder.resolve("out");
    }

    Path database() {
        return folder.resolve("var/pg");
    }

    Path log() {
        return folder.resolve("var/log/carepay.log");
    }

    Path jobs() {
        return folder.resolve("jobs");
    }

    Map<String, String> environment(String inbox) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of("CAREPAY_INBOX", inbox, "CAREPAY_OUT", out().toString(),
                "CAREPAY_DB_DIR", database().toString(), "CAREPAY_LOG", log().toString(),
                "CAREPAY_JOBS", jobs().toString(), "CAREPAY_ALERTS", folder.resolve("var/alerts").toString(),
                "CAREPAY_BACS_ORIGINATORSORTCODE", "401276", "CAREPAY_BACS_ORIGINATORACCOUNTNUMBER", "12345678",
                "CAREPAY_BACS_ORIGINATORNAME", "CASTLEMERE BC"));
        return environment;
    }

    long logSize() throws IOException {
        return Files.exists(log()) ? Files.size(log()) : 0;
    }

    /** What the commands logged after {@code offset} bytes of the log. */
    String logSince(long offset) throws IOException {
        if (!Files.exists(log())) {
            return "";
        }
        try (SeekableByteChannel log = Files.newByteChannel(log())) {
            ByteBuffer added = ByteBuffer.allocate((int) Math.max(0, log.size() - offset));
            log.position(offset).read(added);
            return new String(added.array(), 0, added.position(), StandardCharsets.UTF_8);
        }
    }

    /** The embedded server's postmaster, while one runs on the council's database. */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = database().resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // not started yet, or being written
        }
    }

    /** The server's processes that serve a client connection. */
    List<ProcessHandle> backends() {
        return postmaster().map(p -> p.children().filter(child -> BACKEND.matcher(title(child)).matches()).toList())
                .orElse(List.of());
    }

    /** The server dies as a machine's crash would take it: the postmaster and every process it started, SIGKILL. */
    boolean killServer() {
        Optional<ProcessHandle> postmaster = postmaster();
        postmaster.ifPresent(p -> {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            p.onExit().join();
            children.forEach(child -> child.onExit().join());
        });
        return postmaster.isPresent();
    }

    /** The first column of each row the query gives, read from the council's database with no command running. */
    List<String> query(String sql) throws IOException, SQLException {
        List<String> rows = new ArrayList<>();
        try (LocalPostgres server = LocalPostgres.open(database(), LocalPostgres.Access.OWN, waiting -> { });
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String title(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ').strip();
        } catch (IOException e) {
            return ""; // it has ended
        }
    }
}
