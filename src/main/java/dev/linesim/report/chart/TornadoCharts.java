package dev.linesim.report.chart;

import dev.linesim.report.Titles;
import dev.linesim.results.Format;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.SensitivityResults;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Tornado charts of a one-at-a-time sensitivity: for each chosen KPI, one row per parameter, sorted by how far the
 * KPI moves between the parameter's low and high value (largest at the top); each bar runs from the KPI as it is
 * (the line) to its value at the low (orange) or high (blue) end, with the 95 % CI of that value as a whisker.
 */
public final class TornadoCharts {
    static {
        ChartStyle.install();
    }

    private TornadoCharts() {
    }

    public static List<Chart> all(SensitivityResults s) {
        List<Chart> charts = new ArrayList<>();
        for (String key : s.chartKpis()) {
            tornado(s, key).ifPresent(charts::add);
        }
        return charts;
    }

    public static Optional<Chart> tornado(SensitivityResults s, String key) {
        Optional<KpiEstimate> baseKpi = s.base().kpi(key);
        if (baseKpi.isEmpty()) {
            return Optional.empty();
        }
        KpiEstimate b = baseKpi.get();
        double scale = b.kpi().format() == Format.PERCENT ? 100 : 1;
        double base = scale * b.estimate().mean();
        List<SensitivityResults.Factor> ranked = s.ranked(key);
        if (ranked.stream().allMatch(f -> f.swing(key) == 0)) {
            return Optional.empty(); // no parameter moves it: a chart of one line says nothing the table does not
        }
        int n = ranked.size();
        XYIntervalSeries low = new XYIntervalSeries("low value");
        XYIntervalSeries high = new XYIntervalSeries("high value");
        YIntervalSeries whiskers = new YIntervalSeries("95 % CI");
        DataTable table = new DataTable("kpi", "parameter", "end", "value", "kpi_mean", "kpi_ci_low", "kpi_ci_high",
                "kpi_as_is", "swing");
        String[] labels = new String[n];
        List<String> paths = ranked.stream().map(SensitivityResults.Factor::path).toList();
        List<String> names = Titles.parameterNames(paths);
        for (int i = 0; i < n; i++) {
            SensitivityResults.Factor f = ranked.get(i);
            int row = n - 1 - i; // the largest swing on the top row
            labels[row] = names.get(i) + " (" + f.low() + " / " + f.high() + ")";
            add(low, whiskers, row, base, f.atLow().kpi(key), scale);
            add(high, whiskers, row, base, f.atHigh().kpi(key), scale);
            for (boolean isLow : new boolean[] {true, false}) {
                Optional<KpiEstimate> k = (isLow ? f.atLow() : f.atHigh()).kpi(key);
                Estimate e = k.map(KpiEstimate::estimate).orElse(new Estimate(Double.NaN, Double.NaN, 0));
                table.row(key, f.path(), isLow ? "low" : "high", isLow ? f.low() : f.high(), e.mean(), e.lower(), e.upper(),
                        b.estimate().mean(), f.swing(key));
            }
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(low);
        bars.addSeries(high);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setUseYInterval(true);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.ORANGE);
        barRenderer.setSeriesPaint(1, ChartStyle.BLUE);
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setTickLabelFont(ChartStyle.SMALL);
        rows.setGridBandsVisible(false);
        String unit = b.kpi().format() == Format.PERCENT ? "%" : b.kpi().unit();
        NumberAxis values = new NumberAxis(b.kpi().label().contains(unit) ? b.kpi().label() : b.kpi().label() + ", " + unit);
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(bars, rows, values, barRenderer);
        values.setLowerMargin(0.08);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        YIntervalSeriesCollection ci = new YIntervalSeriesCollection();
        ci.addSeries(whiskers);
        XYErrorRenderer ciRenderer = new XYErrorRenderer();
        ciRenderer.setDefaultLinesVisible(false);
        ciRenderer.setDefaultShapesVisible(false);
        ciRenderer.setDrawXError(false);
        ciRenderer.setErrorPaint(ChartStyle.BLACK);
        ciRenderer.setCapLength(4);
        ciRenderer.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, ci);
        plot.setRenderer(1, ciRenderer);
        plot.addRangeMarker(new ValueMarker(base, ChartStyle.BLACK, Plots.line(1.2f)));
        Plots.style(plot);
        rows.setTickLabelFont(ChartStyle.SMALL);
        JFreeChart chart = new JFreeChart("Sensitivity of " + b.kpi().label(), ChartStyle.TITLE, plot, true);
        chart.getLegend().setItemFont(ChartStyle.LEGEND);
        String caption = String.format(Locale.ROOT, "%s as each parameter moves to its low (orange) or high (blue) value,"
                        + " all else as in the file (the line: %s %s); sorted by the size of the effect; whiskers: 95 %% CI"
                        + " over %d replications, all runs on the same random numbers.", b.kpi().label(),
                Plots.thousands(2).format(base), unit, s.run().replications());
        return Optional.of(new Chart("tornado-" + key, caption, Figure.of(ChartStyle.finish(chart)), table,
                RunCharts.WIDTH * 1.25, 120 + 28.0 * n));
    }

    private static void add(XYIntervalSeries bars, YIntervalSeries whiskers, int row, double base, Optional<KpiEstimate> k,
                            double scale) {
        if (k.isEmpty() || Double.isNaN(k.get().estimate().mean())) {
            return;
        }
        Estimate e = k.get().estimate();
        double v = scale * e.mean();
        bars.add(row, row - 0.35, row + 0.35, base, Math.min(base, v), Math.max(base, v));
        double half = Double.isNaN(e.halfWidth()) ? 0 : scale * e.halfWidth();
        whiskers.add(row, v, v - half, v + half);
    }
}
