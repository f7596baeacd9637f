package org.carepay.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document for a person, written once and shown two ways: as lines for the terminal (tables with aligned
 * columns) and as an HTML page to keep or print. Cells that are numbers align right.
 */
public final class Document {

    /** A part of the document, which can show itself both ways. */
    private interface Block {
        void html(HtmlPage page);

        void lines(List<String> lines);
    }

    private record Heading(String text) implements Block {
        @Override
        public void html(HtmlPage page) {
            page.heading(text);
        }

        @Override
        public void lines(List<String> lines) {
            lines.add("");
            lines.add(text);
            lines.add("-".repeat(text.length()));
        }
    }

    private record Paragraph(String text) implements Block {
        @Override
        public void html(HtmlPage page) {
            page.text(text);
        }

        @Override
        public void lines(List<String> lines) {
            lines.add(text);
        }
    }

    private record Table(List<String> headings, List<List<Object>> rows) implements Block {
        @Override
        public void html(HtmlPage page) {
            if (rows.isEmpty()) {
                page.text(NONE);
                return;
            }
            page.table(headings.toArray(String[]::new));
            rows.forEach(row -> page.row(null, row.toArray()));
        }

        @Override
        public void lines(List<String> lines) {
            lines.addAll(rows.isEmpty() ? List.of("  " + NONE) : columns(this));
        }
    }

    /** A chart, on the page only: the terminal has its table. */
    private record Figure(String svg) implements Block {
        @Override
        public void html(HtmlPage page) {
            page.figure(svg);
        }

        @Override
        public void lines(List<String> lines) {
            // the table beside it says the same in text
        }
    }

    /** What an empty table shows. */
    private static final String NONE = "None.";

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public Document(String title) {
        this.title = title;
    }

    public Document heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public Document text(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    /** A chart drawn by {@link SvgChart}. */
    public Document figure(String svg) {
        blocks.add(new Figure(svg));
        return this;
    }

    public Document table(String... headings) {
        blocks.add(new Table(List.of(headings), new ArrayList<>()));
        return this;
    }

    /** A row of the table started last. */
    public Document row(Object... cells) {
        if (!(blocks.get(blocks.size() - 1) instanceof Table table) || cells.length != table.headings().size()) {
            throw new IllegalStateException("a row of " + cells.length + " cells follows no table of as many columns");
        }
        table.rows().add(Arrays.asList(cells));
        return this;
    }

    public String html() {
        HtmlPage page = new HtmlPage(title);
        blocks.forEach(block -> block.html(page));
        return page.html();
    }

    /** The document as lines of text for the terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(title, "=".repeat(title.length())));
        blocks.forEach(block -> block.lines(lines));
        return lines;
    }

    private static List<String> columns(Table table) {
        int[] widths = new int[table.headings().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.headings().get(i).length();
            for (List<Object> row : table.rows()) {
                widths[i] = Math.max(widths[i], text(row.get(i)).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(new ArrayList<>(table.headings()), widths));
        table.rows().forEach(row -> lines.add(line(row, widths)));
        return lines;
    }

    private static String line(List<?> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = text(cells.get(i));
            String padding = " ".repeat(widths[i] - cell.length());
            line.append("  ").append(cells.get(i) instanceof Number ? padding + cell
                    : i == widths.length - 1 ? cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }
}
