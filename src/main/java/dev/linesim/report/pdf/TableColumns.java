package dev.linesim.report.pdf;

import java.awt.Font;
import java.util.List;

/** The widths of a table's columns, in points: as given shares of the text width, or fitted to the content. */
final class TableColumns {
    /** Room beside a cell's text, points. */
    private static final double PAD = 6;

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
        double[] want = new double[n];      // each column's longest line
        double[] wordLeast = new double[n]; // its longest word
        double[] pieceLeast = new double[n]; // its longest piece of a word
        for (String[] r : rows) {
            measure(r, font, want, wordLeast, pieceLeast);
        }
        if (header != null) {
            measure(header, bold, want, wordLeast, pieceLeast);
        }
        double cap = textWidth * 0.3;
        for (int i = 0; i < n; i++) {
            if (right[i]) {
                wordLeast[i] = Math.max(wordLeast[i], rowsWant(rows, i, font));
                pieceLeast[i] = wordLeast[i];
            }
            wordLeast[i] = Math.min(wordLeast[i], cap);
            pieceLeast[i] = Math.min(pieceLeast[i], wordLeast[i]);
        }
        double[] least = sum(wordLeast) <= textWidth ? wordLeast : pieceLeast;
        for (int i = 0; i < n; i++) {
            want[i] = Math.max(want[i], least[i]);
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

    private static void measure(String[] cells, Font font, double[] want, double[] wordLeast, double[] pieceLeast) {
        for (int i = 0; i < cells.length; i++) {
            for (String line : (cells[i] == null ? "" : cells[i]).split("\n")) {
                want[i] = Math.max(want[i], TextMeasure.width(line, font) + PAD);
                for (String word : line.split(" ")) {
                    wordLeast[i] = Math.max(wordLeast[i], TextMeasure.width(word, font) + PAD);
                    for (String piece : TextMeasure.pieces(word)) {
                        pieceLeast[i] = Math.max(pieceLeast[i], TextMeasure.width(piece, font) + PAD);
                    }
                }
            }
        }
    }
}
