package dev.linesim.report.pdf;

import java.awt.Font;
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
     * Column widths from the content. A right-aligned (number) column gets its longest cell, so numbers stay on one
     * line; a text column gets at least its longest word, or when the words do not all fit, its longest piece of a word
     * ({@link TextMeasure#pieces}: a word breaks only after a dot, slash, underscore or hyphen). The width left is
     * shared in proportion to how much more each column's longest cell needs. Only when even the pieces do not fit do
     * all columns shrink alike (and words are cut where a line is full).
     */
    static double[] fit(String[] header, List<String[]> rows, boolean[] right, Font font, Font bold, double textWidth) {
        int n = header != null ? header.length : rows.get(0).length;
        Widths words = new Widths(n);
        Widths pieces = new Widths(n);
        for (String[] r : rows) {
            measure(r, font, words, pieces);
        }
        if (header != null) {
            measure(header, bold, words, pieces);
        }
        double cap = textWidth * 0.3;
        for (int i = 0; i < n; i++) {
            if (right[i]) {
                words.least[i] = Math.max(words.least[i], rowsWant(rows, i, font));
                pieces.least[i] = words.least[i];
            }
            words.least[i] = Math.min(words.least[i], cap);
            pieces.least[i] = Math.min(pieces.least[i], words.least[i]);
        }
        double[] least = sum(words.least) <= textWidth ? words.least : pieces.least;
        double[] want = new double[n];
        for (int i = 0; i < n; i++) {
            want[i] = Math.max(words.want[i], least[i]);
        }
        double sumLeast = sum(least);
        double sumWant = sum(want);
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

    /** Per column, points: the least width its words (or pieces) need, and what its longest line wants. */
    private record Widths(double[] least, double[] want) {
        Widths(int n) {
            this(new double[n], new double[n]);
        }
    }

    private static final double PAD = 6;

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double rowsWant(List<String[]> rows, int column, Font font) {
        double w = 0;
        for (String[] r : rows) {
            w = Math.max(w, TextMeasure.width(r[column] == null ? "" : r[column], font) + PAD);
        }
        return w;
    }

    private static void measure(String[] cells, Font font, Widths words, Widths pieces) {
        for (int i = 0; i < cells.length; i++) {
            for (String line : (cells[i] == null ? "" : cells[i]).split("\n")) {
                words.want[i] = Math.max(words.want[i], TextMeasure.width(line, font) + PAD);
                for (String word : line.split(" ")) {
                    words.least[i] = Math.max(words.least[i], TextMeasure.width(word, font) + PAD);
                    for (String piece : TextMeasure.pieces(word)) {
                        pieces.least[i] = Math.max(pieces.least[i], TextMeasure.width(piece, font) + PAD);
                    }
                }
            }
        }
    }
}
