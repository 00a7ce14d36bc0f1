package dev.linesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** Shared axis and plot settings: units in axis titles, thousands separators, long category labels wrapped. */
final class Plots {
    /** Share of a horizontal bar chart's width given to the category labels. */
    static final float LABEL_WIDTH_RATIO = 0.42f;
    /** Most lines a category label wraps to before it would be cut. */
    static final int MAX_LABEL_LINES = 8;
    private static final java.awt.font.FontRenderContext MEASURE = new java.awt.font.FontRenderContext(null, true, true);

    private Plots() {
    }

    /** A value to draw, or null (drawn as nothing) when it is NaN or infinite: a bar of no output has no cost per kWh. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * Lines a category label takes when wrapped at word boundaries into {@code width} points of tick font (measured
     * in bold, the widest a label is drawn).
     */
    static int lines(String label, double width) {
        java.awt.Font font = ChartStyle.TICK.deriveFont(java.awt.Font.BOLD);
        int lines = 1;
        double used = 0;
        double space = font.getStringBounds(" ", MEASURE).getWidth();
        for (String word : label.split(" ")) {
            double w = font.getStringBounds(word, MEASURE).getWidth();
            if (used > 0 && used + space + w > width) {
                lines++;
                used = w;
            } else {
                used += (used > 0 ? space : 0) + w;
            }
        }
        return Math.min(lines, MAX_LABEL_LINES);
    }

    /** Tick labels with thousands separators. */
    static NumberFormat thousands(int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(true);
        return f;
    }

    /** Tick labels as percentages of a fraction (0.5 shows as 50 %). */
    static NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.UK);
        f.setMaximumFractionDigits(0);
        return f;
    }

    static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.gridStroke());
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(ChartStyle.TICK);
        domain.setLabelFont(ChartStyle.AXIS_LABEL);
        domain.setMaximumCategoryLabelLines(MAX_LABEL_LINES);
        domain.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        domain.setCategoryMargin(0.2);
        domain.setLowerMargin(0.01);
        domain.setUpperMargin(0.01);
        axis(plot.getRangeAxis());
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.gridStroke());
        plot.setDomainGridlineStroke(ChartStyle.gridStroke());
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
    }

    private static void axis(ValueAxis axis) {
        axis.setTickLabelFont(ChartStyle.TICK);
        axis.setLabelFont(ChartStyle.AXIS_LABEL);
        // a symbol axis names its ticks; a number format would turn the names back into numbers
        if (axis instanceof NumberAxis n && !(axis instanceof org.jfree.chart.axis.SymbolAxis) && n.getNumberFormatOverride() == null) {
            n.setNumberFormatOverride(thousands(2));
        }
    }

    static void subtitle(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, ChartStyle.SUBTITLE);
        t.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(0, t);
    }

    /** A marker's label: small, on a translucent white ground so it stays readable over lines. */
    static void label(org.jfree.chart.plot.Marker m, String text) {
        m.setLabel(text);
        m.setLabelFont(ChartStyle.SMALL);
        m.setLabelPaint(Color.BLACK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);
    }

    static Font bold(float size) {
        return ChartStyle.TITLE.deriveFont(size);
    }
}
