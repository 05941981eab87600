package dev.polyglot.cli.advice;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns padded to their widest cell; the last column is not padded. */
final class Table {
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) { rows.add(List.of(header)); }

    Table row(String... cells) { rows.add(List.of(cells)); return this; }

    boolean isEmpty() { return rows.size() == 1; }

    /** @param header styles the header line (bold when colour is on) */
    String render(java.util.function.UnaryOperator<String> header) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> r : rows) for (int i = 0; i < columns; i++) widths[i] = Math.max(widths[i], r.get(i).length());
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = rows.get(r).get(i);
                line.append(i == columns - 1 ? cell : pad(cell, widths[i] + 2));
            }
            String text = line.toString().stripTrailing();
            out.append(r == 0 ? header.apply(text) : text).append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width) { return s + " ".repeat(Math.max(0, width - s.length())); }
}
