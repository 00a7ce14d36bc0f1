package dev.linesim.report.chart;

import dev.linesim.results.ConversionResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The charts of a conversion: weekly output staying liquid against converting, and the capex waterfall. */
public final class ConversionCharts {
    static {
        ChartStyle.install();
    }

    private ConversionCharts() {
    }

    public static List<Chart> all(ConversionResults c) {
        List<Chart> charts = new ArrayList<>();
        charts.add(weeklyOutput(c));
        if (c.decision() != null) {
            charts.add(MoneyCharts.cumulativeCash(c));
        }
        if (c.converted().capital().retrofit() != null) {
            charts.add(CapexCharts.waterfall(c.converted(), "capex-waterfall"));
        }
        return charts;
    }

    /** Week k of the timeline is plotted at its middle, k - 0.5; markers stand on week boundaries. */
    public static Chart weeklyOutput(ConversionResults c) {
        String[] names = {"staying liquid", "liquid line, draining", "converted line"};
        List<List<Estimate>> series = List.of(c.stayingLiquid(), c.draining(), c.convertedLine());
        Color[] colours = {ChartStyle.BLACK, ChartStyle.ORANGE, ChartStyle.BLUE};
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DataTable table = new DataTable("week", "series", "mwh_mean", "mwh_ci_low", "mwh_ci_high", "output_lost");
        int lostUntil = c.crossed() == 0 ? c.weeks() : (int) Math.round(c.crossoverWeek().mean());
        int lastDraining = lastWeekWithOutput(c.draining());
        for (int k = 0; k < series.size(); k++) {
            YIntervalSeries s = new YIntervalSeries(names[k]);
            for (int w = 0; w < c.weeks(); w++) {
                Estimate e = series.get(k).get(w);
                double low = Double.isNaN(e.halfWidth()) ? e.mean() : e.lower();
                double high = Double.isNaN(e.halfWidth()) ? e.mean() : e.upper();
                // each line is drawn while it exists: the draining line until it is empty, the converted one from its restart
                boolean drawn = k == 0 || (k == 1 && w <= lastDraining) || (k == 2 && w + 1 > c.restartWeek());
                if (drawn) {
                    s.add(w + 0.5, e.mean(), low, high);
                }
                table.row(w + 1, names[k], e.mean(), low, high, "");
            }
            bands.addSeries(s);
        }
        // the lost output: baseline above the plant's total while converting, through the crossover week
        XYSeries base = new XYSeries("baseline");
        XYSeries total = new XYSeries("output lost while converting");
        for (int w = 0; w < c.weeks(); w++) {
            double b = c.stayingLiquid().get(w).mean();
            double v = c.converting().get(w).mean();
            boolean counted = w < lostUntil && v < b;
            base.add(w + 0.5, b);
            total.add(w + 0.5, counted ? v : b);
            table.row(w + 1, "converting (draining + converted)", v, Double.NaN, Double.NaN, counted ? b - v : 0);
        }
        XYSeriesCollection lost = new XYSeriesCollection();
        lost.addSeries(base);
        lost.addSeries(total);

        JFreeChart chart = ChartFactory.createXYLineChart("Weekly output while converting", "Week from the planning date",
                "Good output, MWh per week", bands, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        Plots.style(plot);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.25f);
        for (int k = 0; k < colours.length; k++) {
            r.setSeriesPaint(k, colours[k]);
            r.setSeriesFillPaint(k, colours[k]);
            r.setSeriesStroke(k, Plots.line(1.6f));
        }
        plot.setRenderer(0, r);
        XYDifferenceRenderer shade = new XYDifferenceRenderer(new Color(0xD5, 0x5E, 0x00, 90), new Color(0, 0, 0, 0), false);
        shade.setSeriesPaint(0, new Color(0, 0, 0, 0));
        shade.setSeriesPaint(1, new Color(0, 0, 0, 0));
        shade.setSeriesVisibleInLegend(0, false);
        shade.setSeriesVisibleInLegend(1, false);
        plot.setDataset(1, lost);
        plot.setRenderer(1, shade);
        // labels to the right of their lines, one below the other, so none is cut off or hides another
        marker(plot, c.cutoverStartWeek(), "liquid feed stops", 4, c.weeks());
        marker(plot, c.restartWeek(), "converted line restarts", 22, c.weeks());
        if (c.crossed() > 0) {
            marker(plot, c.crossoverWeek().mean(), "converted line overtakes", 40, c.weeks());
        }
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, c.weeks());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(Plots.thousands(0));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Plots.thousands(0));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.35); // room above the data for the three marker labels
        chart.getLegend().setItemFont(ChartStyle.LEGEND);
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        for (int k = 0; k < names.length; k++) {
            items.add(new org.jfree.chart.LegendItem(names[k], colours[k]));
        }
        org.jfree.chart.LegendItem lostItem = new org.jfree.chart.LegendItem("output lost", new Color(0xD5, 0x5E, 0x00, 90));
        items.add(lostItem);
        plot.setFixedLegendItems(items);
        String caption = String.format(Locale.ROOT, "Weekly good output in MWh, mean and 95 %% CI band over %d replications:"
                + " staying liquid, the liquid line draining after its feed stops (week %s), and the converted line from its"
                + " restart (week %s); shaded: the weekly shortfalls through the crossover, %s MWh in all (net of the"
                + " weeks that make more: %s MWh).", c.replications(), week(c.cutoverStartWeek()),
                week(c.restartWeek()), String.format(Locale.UK, "%,.0f", c.lostMwh().mean()),
                String.format(Locale.UK, "%,.0f", c.netLostMwh().mean()));
        return new Chart("weekly-output", caption, Figure.of(ChartStyle.finish(chart)), table, RunCharts.WIDTH * 1.25, 340);
    }

    /** A dashed line at a week, its label to the right of it, or to the left in the last 40 % of the timeline. */
    private static void marker(XYPlot plot, double week, String label, double fromTop, int weeks) {
        ValueMarker m = new ValueMarker(week, Color.DARK_GRAY, Plots.dashed(1));
        Plots.label(m, label + " (week " + week(week) + ")");
        boolean late = week > 0.6 * weeks;
        m.setLabelAnchor(late ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(late ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(fromTop, 4, 4, 4));
        plot.addDomainMarker(m);
    }

    /** The last week (0-based) in which a series has output, or -1. */
    private static int lastWeekWithOutput(List<Estimate> weekly) {
        for (int w = weekly.size() - 1; w >= 0; w--) {
            if (weekly.get(w).mean() > 0) {
                return w + 1 < weekly.size() ? w + 1 : w; // one week at zero shows it has emptied
            }
        }
        return -1;
    }

    private static String week(double w) {
        return String.format(Locale.ROOT, "%.1f", w).replaceAll("\\.0$", "");
    }
}
