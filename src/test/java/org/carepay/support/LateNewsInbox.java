package org.carepay.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An inbox for R7's property tests: sample-data's, with its returns again for the next weeks, to which a
 * seeded random source brings late news (a new reference snapshot) or a corrected return. The caller
 * takes the inbox in after each change.
 */
public final class LateNewsInbox {

    public static final LocalDate FIRST = LocalDate.of(2026, 11, 16);

    private final Path inbox;
    private final Random random;
    private final int weeks;
    private int corrections;

    /**
     * @param weeks the weeks with returns, from {@link #FIRST}; Meadowbank (P03) sends only the first two, so
     *              that a recovery from it is carried
     */
    public LateNewsInbox(Path inbox, Random random, int weeks) throws IOException {
        this.inbox = SampleInbox.copyTo(inbox);
        this.random = random;
        this.weeks = weeks;
        for (String name : List.of("P01-2026-11-16.csv", "P02-2026-11-16_v2.csv", "P03-2026-11-16.csv")) {
            String text = Files.readString(SampleInbox.PATH.resolve("returns").resolve(name));
            for (int k = 1; k < (name.startsWith("P03") ? 2 : weeks); k++) {
                String shifted = text;
                for (int d = 6; d >= 0; d--) { // later days first: a day never becomes one still to move
                    shifted = shifted.replace(FIRST.plusDays(d).toString(), FIRST.plusDays(d + 7L * k).toString());
                }
                Files.writeString(returns().resolve(name.replace("2026-11-16", FIRST.plusWeeks(k).toString())),
                        shifted);
            }
        }
    }

    public Path path() {
        return inbox;
    }

    /** A new snapshot with one piece of late news: a death, a package's end, a rate or a contribution. */
    public void lateNews() throws IOException {
        LocalDate day = FIRST.plusDays(random.nextInt(7 * weeks));
        switch (random.nextInt(4)) {
            case 0 -> edit("clients.csv", "date_of_death", day.toString());
            case 1 -> edit("packages.csv", "end_date", day.toString());
            case 2 -> edit("contributions.csv", "weekly_amount", BigDecimal.valueOf(random.nextInt(30000), 2).toString());
            default -> {
                Path path = inbox.resolve("reference/rates.csv");
                List<List<String>> rows = read(path);
                List<String> header = rows.get(0);
                List<String> row = rows.get(1 + random.nextInt(rows.size() - 1));
                BigDecimal rate = new BigDecimal(row.get(header.indexOf("unit_rate")))
                        .add(BigDecimal.valueOf(random.nextInt(40) - 10));
                Files.writeString(path, Files.readString(path) + row.get(header.indexOf("provider_id")) + ","
                        + row.get(header.indexOf("service_type")) + "," + day + "," + rate.setScale(2) + "\n");
            }
        }
    }

    /**
     * A provider's return of a week sent again without one of its lines, or without all of one client's
     * (which changes the client's charge, not only the provider's payment).
     */
    public void correctedReturn() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(returns())) {
            files = listing.sorted().toList();
        }
        Path chosen = files.get(random.nextInt(files.size()));
        List<String> lines = Files.readAllLines(chosen);
        if (lines.size() < 3) {
            return;
        }
        String dropped = lines.remove(1 + random.nextInt(lines.size() - 1));
        String[] fields = dropped.split(",", -1);
        if (random.nextBoolean() && fields.length > 2) {
            String client = fields[2];
            lines.removeIf(line -> line.split(",", -1).length > 2 && line.split(",", -1)[2].equals(client));
        }
        String name = chosen.getFileName().toString().replace(".csv", "_w" + (++corrections) + ".csv");
        Files.write(chosen.resolveSibling(name), lines);
    }

    private Path returns() {
        return inbox.resolve("returns");
    }

    private void edit(String file, String column, String value) throws IOException {
        Path path = inbox.resolve("reference").resolve(file);
        List<List<String>> rows = read(path);
        rows.get(1 + random.nextInt(rows.size() - 1)).set(rows.get(0).indexOf(column), value);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecords(rows);
        }
        Files.writeString(path, out.toString());
    }

    /** A CSV file's records, the header first, each a list the caller may change. */
    private static List<List<String>> read(Path path) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(Files.readString(path)))) {
            rows.add(new ArrayList<>(record.toList()));
        }
        return rows;
    }
}
