package dev.linesim.report;

import java.util.ArrayList;
import java.util.List;

/** Plain-text tables for the terminal: each column as wide as its widest cell, header included. */
final class TextTable {
    private TextTable() {
    }

    /** The rows with every cell padded to its column's width, on the right or, where {@code right} says, on the left. */
    static List<String[]> pad(List<String[]> rows, boolean[] right) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String[] r : rows) {
            String[] padded = new String[columns];
            for (int i = 0; i < columns; i++) {
                String fill = " ".repeat(width[i] - r[i].length());
                padded[i] = right[i] ? fill + r[i] : r[i] + fill;
            }
            out.add(padded);
        }
        return out;
    }

    /** The rows as lines, each after {@code indent}, columns two spaces apart, trailing spaces trimmed. */
    static String render(List<String[]> rows, boolean[] right, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String[] r : pad(rows, right)) {
            sb.append((indent + String.join("  ", r)).stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
