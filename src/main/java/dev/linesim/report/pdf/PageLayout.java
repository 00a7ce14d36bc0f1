package dev.linesim.report.pdf;

import dev.linesim.report.ChartOptions;
import dev.linesim.report.chart.Chart;
import dev.linesim.report.chart.ChartExport;
import dev.linesim.report.chart.ChartStyle;
import dev.linesim.report.chart.Figure;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lays out a report top to bottom on pages of one paper size: headings, wrapped paragraphs, tables whose
 * cells wrap and whose header repeats on each page, and charts scaled to the text width with a caption.
 * Everything is measured with the bundled font's metrics and drawn as text in it, so the PDF's text can be
 * selected and searched. Pages are numbered "page n of N" when rendered.
 */
final class PageLayout {
    static final Font TITLE = new Font(ChartStyle.FAMILY, Font.BOLD, 18);
    static final Font HEADING = new Font(ChartStyle.FAMILY, Font.BOLD, 13);
    static final Font BODY = new Font(ChartStyle.FAMILY, Font.PLAIN, 10).deriveFont(9.5f);
    static final Font BODY_BOLD = new Font(ChartStyle.FAMILY, Font.BOLD, 10).deriveFont(9.5f);
    static final Font TABLE = new Font(ChartStyle.FAMILY, Font.PLAIN, 10).deriveFont(7.5f);
    static final Font TABLE_BOLD = new Font(ChartStyle.FAMILY, Font.BOLD, 10).deriveFont(7.5f);
    static final Font CAPTION = new Font(ChartStyle.FAMILY, Font.PLAIN, 10).deriveFont(8.5f);
    private static final double MARGIN = 50;
    /** Smallest scale a chart is shrunk to, to fit the rest of a page: its 11 pt ticks stay above 8 pt. */
    private static final double MIN_CHART_SCALE = 0.75;
    /** Rows a table keeps with its header at the foot of a page. */
    private static final int KEEP_ROWS = 3;
    private final ChartOptions.Paper paper;
    private final String documentTitle;
    private final List<List<Consumer<Graphics2D>>> pages = new ArrayList<>();
    private double y;
    /** The heading just drawn, while nothing follows it yet: it moves with its content when that starts a page. */
    private Heading lastHeading;

    /** Where a heading's drawing operations lie on the current page, and the y range it took. */
    private record Heading(int page, int firstOp, int endOp, double top, double bottom) {
    }

    PageLayout(ChartOptions.Paper paper, String documentTitle) {
        this.paper = paper;
        this.documentTitle = documentTitle;
        newPage();
    }

    double width() {
        return paper.width - 2 * MARGIN;
    }

    private double bottom() {
        return paper.height - MARGIN;
    }

    void newPage() {
        pages.add(new ArrayList<>());
        y = MARGIN;
    }

    private void ensure(double height) {
        if (y + height > bottom() && y > MARGIN + 1) {
            Heading h = lastHeading;
            List<Consumer<Graphics2D>> page = pages.get(pages.size() - 1);
            boolean alone = h != null && h.page() == pages.size() - 1 && h.endOp() == page.size();
            List<Consumer<Graphics2D>> moved = alone ? new ArrayList<>(page.subList(h.firstOp(), h.endOp())) : List.of();
            if (alone) { // a heading never stays at the foot of a page without what it heads
                page.subList(h.firstOp(), h.endOp()).clear();
            }
            newPage();
            if (alone) {
                double dy = MARGIN - h.top();
                moved.forEach(op -> draw(g -> {
                    g.translate(0, dy);
                    op.accept(g);
                    g.translate(0, -dy);
                }));
                y = MARGIN + h.bottom() - h.top();
            }
        }
        lastHeading = null;
    }

    private void draw(Consumer<Graphics2D> op) {
        pages.get(pages.size() - 1).add(op);
    }

    void space(double points) {
        y += points;
    }

    void title(String text) {
        paragraph(text, TITLE, Color.BLACK);
        space(4);
    }

    /** A section heading; starts a page when less than {@code keep} points would follow it on this one. */
    void heading(String text, double keep) {
        space(8);
        ensure(TextMeasure.lineHeight(HEADING) + keep);
        double top = y;
        int first = pages.get(pages.size() - 1).size();
        paragraph(text, HEADING, Color.BLACK);
        space(3);
        lastHeading = new Heading(pages.size() - 1, first, pages.get(pages.size() - 1).size(), top, y);
    }

    /** A section heading that keeps at least a table's header and first rows with it. */
    void heading(String text) {
        heading(text, 110);
    }

    void paragraph(String text) {
        paragraph(text, BODY, Color.BLACK);
        space(4);
    }

    void paragraph(String text, Font font, Color colour) {
        for (String line : TextMeasure.wrap(text, font, width())) {
            ensure(TextMeasure.lineHeight(font));
            double baseline = y + TextMeasure.ascent(font);
            double x = MARGIN;
            draw(g -> {
                g.setFont(font);
                g.setColor(colour);
                g.drawString(line, (float) x, (float) baseline);
            });
            y += TextMeasure.lineHeight(font);
        }
    }

    /** Two columns, label and value, without rules; a short list (up to 8 rows) is not split across pages. */
    void keyValues(List<String[]> rows) {
        double[] widths = {0.38, 0.62};
        if (rows.size() <= KEEP_TOGETHER) {
            double[] cols = TableColumns.shares(widths, width());
            ensure(rows.stream().mapToDouble(r -> rowHeight(r, cols, BODY, 3)).sum());
        }
        table(null, rows, widths, new boolean[] {false, false}, BODY, BODY_BOLD, false);
        space(4);
    }

    /** Key-value lists up to this long stay on one page. */
    private static final int KEEP_TOGETHER = 8;

    /**
     * A table. Column widths are shares of the text width; cells wrap; a row never splits across pages and the
     * header repeats on each page.
     *
     * @param header  column titles, or null for none
     * @param widths  shares of the text width per column, or null to fit the columns to their content
     * @param right   per column, whether it is right-aligned (numbers)
     */
    void table(String[] header, List<String[]> rows, double[] widths, boolean[] right) {
        if (rows.isEmpty()) {
            return;
        }
        table(header, rows, widths, right, TABLE, TABLE_BOLD, true);
        space(6);
    }

    private void table(String[] header, List<String[]> rows, double[] widths, boolean[] right, Font font, Font bold,
                       boolean rules) {
        double[] cols = widths == null ? TableColumns.fit(header, rows, right, font, bold, width())
                : TableColumns.shares(widths, width());
        double pad = 3;
        if (header != null) {
            double keep = rowHeight(header, cols, bold, pad);
            for (int i = 0; i < Math.min(KEEP_ROWS, rows.size()); i++) {
                keep += rowHeight(rows.get(i), cols, font, pad);
            }
            ensure(keep);
            row(header, cols, right, bold, pad, rules, true);
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            double h = rowHeight(r, cols, font, pad);
            // the last row (often a total) never goes to a page alone: the one before goes with it
            boolean widowNext = i == rows.size() - 2 && i > 0
                    && y + h + rowHeight(rows.get(i + 1), cols, font, pad) > bottom();
            if (y + h > bottom() || widowNext) {
                newPage();
                if (header != null) {
                    row(header, cols, right, bold, pad, rules, true);
                }
            }
            row(r, cols, right, font, pad, rules, false);
        }
    }

    private double rowHeight(String[] cells, double[] cols, Font font, double pad) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, TextMeasure.wrap(cells[i], font, cols[i] - 2 * pad).size());
        }
        return lines * TextMeasure.lineHeight(font) + 2 * pad;
    }

    private void row(String[] cells, double[] cols, boolean[] right, Font font, double pad, boolean rules, boolean header) {
        double h = rowHeight(cells, cols, font, pad);
        double top = y;
        double x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = TextMeasure.wrap(cells[i], font, cols[i] - 2 * pad);
            double cellX = x;
            double colW = cols[i];
            boolean alignRight = right[i];
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                double baseline = top + pad + k * TextMeasure.lineHeight(font) + TextMeasure.ascent(font);
                draw(g -> {
                    g.setFont(font);
                    g.setColor(Color.BLACK);
                    double tx = alignRight ? cellX + colW - pad - TextMeasure.width(line, font) : cellX + pad;
                    g.drawString(line, (float) tx, (float) baseline);
                });
            }
            x += cols[i];
        }
        if (rules) {
            double lineY = top + h;
            double weight = header ? 0.8 : 0.3;
            draw(g -> {
                g.setColor(header ? Color.BLACK : Color.GRAY);
                g.setStroke(new java.awt.BasicStroke((float) weight));
                g.draw(new Line2D.Double(MARGIN, lineY, MARGIN + width(), lineY));
            });
        }
        y += h;
    }

    /** A chart at the text width (smaller if it would not fit a page), with its caption below. */
    void chart(Chart chart) {
        double scale = Math.min(1.0, width() / chart.width());
        double captionHeight = TextMeasure.wrap(chart.caption(), CAPTION, width()).size() * TextMeasure.lineHeight(CAPTION) + 4;
        double maxHeight = bottom() - MARGIN - captionHeight - 10;
        if (chart.height() * scale > maxHeight) {
            scale = maxHeight / chart.height();
        }
        double left = bottom() - y - captionHeight - 10;
        if (chart.height() * scale > left && left / chart.height() >= MIN_CHART_SCALE) {
            scale = left / chart.height(); // a little smaller rather than a page break
        }
        double w = chart.width() * scale;
        double h = chart.height() * scale;
        ensure(h + captionHeight + 6);
        double x = MARGIN + (width() - w) / 2;
        double top = y;
        double s = scale;
        draw(g -> {
            AffineTransform saved = g.getTransform();
            g.translate(x, top);
            g.scale(s, s);
            chart.figure().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
            g.setTransform(saved);
        });
        y += h + 4;
        paragraph(chart.caption(), CAPTION, Color.DARK_GRAY);
        space(10);
    }

    /** The laid-out pages as a PDF with page numbers and document information. */
    byte[] render(String footer) {
        int n = pages.size();
        List<Figure> figures = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<Consumer<Graphics2D>> ops = pages.get(p);
            String number = "page " + (p + 1) + " of " + n;
            figures.add((g, area) -> {
                ops.forEach(op -> op.accept(g));
                g.setFont(CAPTION);
                g.setColor(Color.DARK_GRAY);
                float base = (float) (paper.height - MARGIN / 2);
                g.drawString(footer, (float) MARGIN, base);
                g.drawString(number, (float) (paper.width - MARGIN - TextMeasure.width(number, CAPTION)), base);
            });
        }
        return ChartExport.pdf(figures, paper.width, paper.height, documentTitle);
    }
}
