package dev.linesim.report.pdf;

import dev.linesim.report.chart.ChartStyle;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures text set in the bundled fonts, in points, as the PDF will draw it (fractional metrics): widths, line
 * heights, and where lines break.
 */
final class TextMeasure {
    private static final Graphics2D MEASURE;

    static {
        ChartStyle.install();
        MEASURE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        MEASURE.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private TextMeasure() {
    }

    /**
     * {@code text} broken into lines no wider than {@code width} points: at spaces, and within a word longer than a line,
     * after a dot or slash (a key path breaks between its keys), or failing one in the second half of the line, after an
     * underscore or hyphen, or else (no such mark past the first third of the line) where the line is full.
     */
    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
                while (width(line.toString(), font) > width && line.length() > 1) { // a word longer than the column
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), font) > width) {
                        cut--;
                    }
                    int mark = lastBreakBefore(line, cut, BREAK_BETWEEN_KEYS);
                    if (mark < cut / 2) { // no key boundary in the second half of the line: any break will do
                        mark = lastBreakBefore(line, cut, BREAK_AFTER);
                    }
                    if (mark >= cut / 3 && mark > 0) { // a break that leaves the line nearly empty is worse than a cut
                        cut = mark;
                    }
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Characters after which a long word may break, and those of them that end a key or folder in a path. */
    private static final String BREAK_AFTER = "._/-";
    private static final String BREAK_BETWEEN_KEYS = "./";

    /** The position just after the last of {@code marks} among the first {@code cut} characters, or 0 when none. */
    private static int lastBreakBefore(CharSequence word, int cut, String marks) {
        for (int i = cut; i > 1; i--) {
            if (marks.indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** The pieces a long word may be broken into: {@code cathode_vacuum_drying} into {@code cathode_}, {@code vacuum_}, {@code drying}. */
    static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < word.length(); i++) {
            if (BREAK_AFTER.indexOf(word.charAt(i - 1)) >= 0) {
                pieces.add(word.substring(from, i));
                from = i;
            }
        }
        pieces.add(word.substring(from));
        return pieces;
    }

    /** Width of {@code s} set in {@code font}, points. */
    static double width(String s, Font font) {
        return font.getStringBounds(s, MEASURE.getFontRenderContext()).getWidth();
    }

    private static FontMetrics metrics(Font font) {
        return MEASURE.getFontMetrics(font);
    }

    /** Height above the baseline of {@code font}'s tallest letters, points. */
    static double ascent(Font font) {
        return metrics(font).getAscent();
    }

    /** Distance between the baselines of two lines of {@code font}, points. */
    static double lineHeight(Font font) {
        return font.getSize2D() * 1.3;
    }
}
