package dev.linesim.report.pdf;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** The widths of a table's columns, in points: as given shares of the text width, or fitted to the content. */
final class TableColumns {
    private TableColumns() {
    }

    /** Columns as the given shares of {@code textWidth} (points). */
    static double[] shares(double[] widths, double textWidth) {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        double[] cols = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            cols[i] = textWidth * widths[i] / total;
        }
        return cols;
    }

    /**
     * Column widths from the content: each column gets at least its longest word (so words are not cut), a
     * right-aligned (number) column its longest cell, and the width left is shared in proportion to how much more
     * each text column's longest cell needs.
     */
    static double[] fit(String[] header, List<String[]> rows, boolean[] right, Font font, Font bold, double textWidth) {
        int n = header != null ? header.length : rows.get(0).length;
        double[] least = new double[n];
        double[] want = new double[n];
        double pad = 6;
        List<String[]> all = new ArrayList<>(rows);
        for (String[] r : all) {
            measure(r, font, least, want, pad);
        }
        if (header != null) {
            measure(header, bold, least, want, pad);
        }
        double cap = textWidth * 0.3;
        double sumLeast = 0;
        double sumWant = 0;
        for (int i = 0; i < n; i++) {
            if (right[i]) {
                least[i] = Math.max(least[i], rowsWant(rows, i, font, pad));
            }
            least[i] = Math.min(least[i], cap);
            want[i] = Math.max(want[i], least[i]);
            sumLeast += least[i];
            sumWant += want[i];
        }
        double[] cols = new double[n];
        for (int i = 0; i < n; i++) {
            if (sumWant <= textWidth) {
                cols[i] = want[i] * textWidth / sumWant;
            } else if (sumLeast >= textWidth) {
                cols[i] = least[i] * textWidth / sumLeast;
            } else {
                cols[i] = least[i] + (want[i] - least[i]) * (textWidth - sumLeast) / (sumWant - sumLeast);
            }
        }
        return cols;
    }

    private static double rowsWant(List<String[]> rows, int column, Font font, double pad) {
        double w = 0;
        for (String[] r : rows) {
            w = Math.max(w, TextMeasure.width(r[column] == null ? "" : r[column], font) + pad);
        }
        return w;
    }

    private static void measure(String[] cells, Font font, double[] least, double[] want, double pad) {
        for (int i = 0; i < cells.length; i++) {
            for (String line : (cells[i] == null ? "" : cells[i]).split("\n")) {
                want[i] = Math.max(want[i], TextMeasure.width(line, font) + pad);
                for (String word : line.split(" ")) {
                    least[i] = Math.max(least[i], TextMeasure.width(word, font) + pad);
                }
            }
        }
    }
}
