package dev.linesim.report.chart;

import dev.linesim.time.Hours;
import dev.linesim.report.Numbers;
import dev.linesim.results.RunResults;
import dev.linesim.results.Series;
import dev.linesim.results.StationResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The charts of one run, each drawn from its result records alone. */
public final class RunCharts {
    /** Width of a single chart, points (6.5 in: a report's text width, a slide's half). */
    public static final double WIDTH = 480;
    /** Machine states in the order they are stacked, with their keys in the results. */
    static final Map<String, String> STATES = new LinkedHashMap<>();

    static {
        ChartStyle.install();
        STATES.put("busy", "busy");
        STATES.put("down", "down");
        STATES.put("blocked", "blocked");
        STATES.put("starved", "starved");
        STATES.put("idle", "planned idle");
    }

    static final Color[] STATE_COLOURS = {ChartStyle.BLUE, ChartStyle.VERMILLION, ChartStyle.ORANGE, ChartStyle.YELLOW, ChartStyle.GREY};

    private RunCharts() {
    }

    /** Every chart of a run, in report order. */
    public static List<Chart> all(RunResults run) {
        List<Chart> charts = new ArrayList<>();
        charts.add(timeShares(run));
        charts.add(stationOutput(run));
        charts.add(yieldWaterfall(run));
        charts.add(dailyOutput(run));
        charts.add(dailyWip(run));
        if (MoneyCharts.hasStack(run)) {
            charts.add(MoneyCharts.costStack(List.of(run), List.of(run.scenario().name())));
        }
        if (run.capital().priced()) {
            charts.add(CapexCharts.byStation(run));
            if (run.capital().retrofit() != null) {
                charts.add(CapexCharts.waterfall(run, "capex-waterfall"));
            }
        }
        return charts;
    }

    /** How a station is labelled in charts: its display name, with an arrow when it is the bottleneck. */
    static String label(RunResults run, StationResults s) {
        return s.id().equals(run.bottleneck().station()) ? s.name() + " \u25C0" : s.name();
    }

    /** Marks the bottleneck's row: a shaded band, its label in bold, and a subtitle naming it. */
    static void markBottleneck(JFreeChart chart, RunResults run) {
        CategoryPlot plot = chart.getCategoryPlot();
        run.stations().stream().filter(s -> s.id().equals(run.bottleneck().station())).findFirst().ifPresent(s -> {
            CategoryMarker m = new CategoryMarker(label(run, s), ChartStyle.BAND, Plots.line(1));
            m.setDrawAsLine(false);
            plot.addDomainMarker(m, Layer.BACKGROUND);
            plot.getDomainAxis().setTickLabelFont(label(run, s), ChartStyle.TICK.deriveFont(java.awt.Font.BOLD));
            Plots.subtitle(chart, String.format(Locale.ROOT, "\u25C0 bottleneck: %s (active %.1f %%)",
                    s.name(), 100 * run.bottleneck().activeShare()));
        });
    }

    // ---- station time shares ----

    public static Chart timeShares(RunResults run) {
        List<StationResults> shown = run.stations().stream().filter(StationResults::hasTimeShares).toList();
        DataTable table = new DataTable("station", "state", "share_of_machine_time", "bottleneck");
        JFreeChart chart = timeSharesChart(run, "Where machine time goes", table);
        String caption = "Share of each station's machine-time by state (busy, down, blocked, starved, planned idle), mean of "
                + run.run().replications() + " replications; the bottleneck (" + nameOr(run) + ") is marked"
                + (shown.size() < run.stations().size() ? "; unlimited delay stages are not shown" : "") + ".";
        return new Chart("station-time-shares", caption, Figure.of(chart), table, WIDTH, rowsHeight(stationLabels(run, shown), WIDTH));
    }

    /** The stacked time-share bars of one run; fills {@code table} with what it draws. */
    static JFreeChart timeSharesChart(RunResults run, String title, DataTable table) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StationResults s : run.stations()) {
            if (!s.hasTimeShares()) {
                continue;
            }
            for (Map.Entry<String, String> state : STATES.entrySet()) {
                double v = s.mean(state.getKey());
                data.addValue(Plots.finite(v), state.getValue(), label(run, s));
                if (table != null) {
                    table.row(s.id(), state.getKey(), v, s.id().equals(run.bottleneck().station()));
                }
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "Share of machine-time", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        Plots.style(plot);
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.8);
        for (int i = 0; i < STATE_COLOURS.length; i++) {
            r.setSeriesPaint(i, STATE_COLOURS[i]);
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 1);
        axis.setNumberFormatOverride(Plots.percent());
        markBottleneck(chart, run);
        return ChartStyle.finish(chart);
    }

    // ---- output per station ----

    /** Stations passing on less than this share of the line's good output are named in the caption, not drawn. */
    static final double SMALL_FLOW = 0.25;

    /**
     * Cells each station passes on per hour. A station that sees a small share of the flow (a rework loop, a small
     * branch) would squeeze every other station into a few pixels at the right of the axis, so the caption gives its
     * rate instead.
     */
    public static Chart stationOutput(RunResults run) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        DataTable table = new DataTable("station", "cells_per_h_mean", "cells_per_h_half_width");
        double good = run.required("good_cells_per_h").estimate().mean();
        List<StationResults> drawn = run.stations().stream().filter(s -> !smallFlow(s, good)).toList();
        for (StationResults s : drawn) {
            Estimate e = s.kpi("good_cells_per_h").orElseThrow().estimate();
            data.add(e.mean(), finite(e.halfWidth()), "cells/h out", label(run, s));
            table.row(s.id(), e.mean(), e.halfWidth());
        }
        JFreeChart chart = ChartFactory.createLineChart("Good cells passed on per station", null, "Cells per hour", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        Plots.style(plot);
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, ChartStyle.BLUE);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setErrorIndicatorStroke(Plots.line(1.2f));
        plot.setRenderer(r);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(Plots.thousands(0));
        ValueMarker end = new ValueMarker(good, ChartStyle.BLACK, Plots.dashed(1));
        Plots.label(end, "good output " + String.format(Locale.UK, "%,.0f", good) + " cells/h");
        plot.addRangeMarker(end);
        markBottleneck(chart, run);
        plot.configureRangeAxes();
        // the label at the top, where the first stations' dots stand well to the right of the line (the last station's
        // stands on it), on whichever side of the line has more room, so it stays inside the plot
        boolean leftHalf = good < (axis.getLowerBound() + axis.getUpperBound()) / 2;
        end.setLabelAnchor(leftHalf ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        end.setLabelTextAnchor(leftHalf ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        String caption = "Cells each station passes on per hour after the warm-up, mean and 95 % CI"
                + (axis.getLowerBound() > 0 ? " (the axis does not start at zero)" : "")
                + "; the dashed line is the line's good output. Upstream stations pass on more than leaves the line,"
                + " because later stations scrap." + notDrawn(run, good);
        return new Chart("station-output", caption, Figure.of(ChartStyle.finish(chart)), table, WIDTH,
                rowsHeight(stationLabels(run, drawn), WIDTH));
    }

    private static boolean smallFlow(StationResults s, double good) {
        return s.mean("good_cells_per_h") < SMALL_FLOW * good;
    }

    /** The rates of the stations the station-output chart leaves out, for its caption, or "". */
    private static String notDrawn(RunResults run, double good) {
        List<String> small = run.stations().stream().filter(s -> smallFlow(s, good))
                .map(s -> s.name() + " " + Numbers.kpi(s.kpi("good_cells_per_h").orElseThrow()) + " cells/h").toList();
        return small.isEmpty() ? "" : " Not drawn, as they see a small share of the flow: " + String.join("; ", small) + ".";
    }

    // ---- rolled yield ----

    /**
     * Steps from cells started to good cells along the main path, in cells per hour: each station's lost cells per hour
     * are the cells it passed on per hour x (1 - yield) / yield, so splits and rework count the cells they really see.
     */
    static List<Waterfall.Step> yieldSteps(RunResults run) {
        double good = run.required("good_cells_per_h").estimate().mean();
        List<StationResults> path = run.stations().stream().filter(StationResults::mainPath).toList();
        List<Waterfall.Step> losses = new ArrayList<>();
        double started = good;
        for (StationResults s : path) {
            double y = s.mean("yield");
            if (y < 1) {
                double lost = s.mean("good_cells_per_h") * (1 - y) / y;
                losses.add(new Waterfall.Step(s.name(), false, -lost));
                started += lost;
            }
        }
        List<Waterfall.Step> steps = new ArrayList<>();
        steps.add(new Waterfall.Step("Cells started", true, started));
        steps.addAll(losses);
        steps.add(new Waterfall.Step("Good cells", true, good));
        return steps;
    }

    public static Chart yieldWaterfall(RunResults run) {
        List<Waterfall.Step> steps = yieldSteps(run);
        JFreeChart chart = Waterfall.chart("From cells started to good cells", "Cells per hour", steps, ChartStyle.BLUE,
                ChartStyle.BLUISH_GREEN, ChartStyle.VERMILLION, "added", "scrapped", Plots.thousands(1));
        double yield = steps.get(steps.size() - 1).value() / steps.get(0).value();
        String caption = String.format(Locale.ROOT, "Along the main path: cells started per hour, the cells each scrapping"
                + " station loses per hour, and the good cells that remain (%.1f %% of those started).", 100 * yield);
        return new Chart("yield-waterfall", caption, Figure.of(chart), Waterfall.table(steps, "cells_per_h"), WIDTH,
                rowsHeight(steps.stream().map(Waterfall.Step::label).toList(), WIDTH));
    }

    // ---- over time ----

    public static Chart dailyOutput(RunResults run) {
        return overTime(run, run.dailyOutput(), "daily-output", "Good output per day", "Good cells per day",
                run.required("good_cells_per_day").estimate().mean(), "Good cells per day over the whole horizon, mean and 95 % CI"
                        + " band across replications; the shaded warm-up is discarded, the dashed line is the mean after it."
                        + " Output should be level after the warm-up.");
    }

    public static Chart dailyWip(RunResults run) {
        return overTime(run, run.dailyWip(), "daily-wip", "Work in process on the main path", "Cells (daily mean)",
                run.required("wip_cells").estimate().mean(), "Cells on the main path, time-average per day, mean and 95 % CI band;"
                        + " WIP that still climbs after the shaded warm-up means the warm-up is too short or the line cannot keep up.");
    }

    private static Chart overTime(RunResults run, Series series, String name, String title, String axis, double observedMean,
                                  String caption) {
        YIntervalSeries s = new YIntervalSeries(series.label());
        DataTable table = new DataTable("day", "day_start_h", series.key() + "_mean", series.key() + "_ci_low",
                series.key() + "_ci_high", "warm_up");
        for (int d = 0; d < series.values().size(); d++) {
            Estimate e = series.values().get(d);
            if (Double.isNaN(e.mean())) {
                continue;
            }
            double low = Double.isNaN(e.halfWidth()) ? e.mean() : e.lower();
            double high = Double.isNaN(e.halfWidth()) ? e.mean() : e.upper();
            s.add(d + 0.5, e.mean(), low, high);
            table.row(d + 1, d * series.stepHours(), e.mean(), low, high, (d + 1) * series.stepHours() <= run.run().warmupHours());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Day of the run", axis, data, PlotOrientation.VERTICAL,
                false, false, false);
        XYPlot plot = chart.getXYPlot();
        Plots.style(plot);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, ChartStyle.BLUE);
        r.setSeriesFillPaint(0, ChartStyle.SKY_BLUE);
        r.setAlpha(0.35f);
        r.setSeriesStroke(0, Plots.line(1.5f));
        plot.setRenderer(r);
        double warmupDays = run.run().warmupHours() / Hours.PER_DAY;
        if (warmupDays > 0) {
            IntervalMarker warm = new IntervalMarker(0, warmupDays, ChartStyle.BAND);
            Plots.label(warm, "warm-up");
            warm.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            warm.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(warm, Layer.BACKGROUND);
        }
        ValueMarker mean = new ValueMarker(observedMean, ChartStyle.BLACK, Plots.dashed(1));
        Plots.label(mean, "mean after warm-up " + String.format(Locale.UK, "%,.0f", observedMean));
        mean.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        mean.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(mean);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, series.values().size());
        x.setNumberFormatOverride(Plots.thousands(0));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Plots.thousands(0));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.18); // room above the level for the warm-up's label
        return new Chart(name, caption, Figure.of(ChartStyle.finish(chart)), table, WIDTH, 300);
    }

    // ---- helpers ----

    /**
     * Height for a horizontal bar chart whose rows carry {@code labels}, drawn {@code width} points wide: every row
     * is as tall as the longest label needs once wrapped into the label column (at least two lines), plus title,
     * axis and legend. Long names wrap instead of being cut.
     */
    static double rowsHeight(List<String> labels, double width) {
        double column = width * Plots.LABEL_WIDTH_RATIO - 12;
        int lines = 2;
        for (String label : labels) {
            lines = Math.max(lines, Plots.lines(label, column));
        }
        double line = ChartStyle.TICK.getSize2D() * 1.25;
        return Math.max(220, 140 + labels.size() * (line * lines + 4));
    }

    static List<String> stationLabels(RunResults run, List<StationResults> stations) {
        return stations.stream().map(s -> label(run, s)).toList();
    }

    private static String nameOr(RunResults run) {
        return run.bottleneck().named() ? run.bottleneck().station() : "none";
    }

    private static double finite(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
