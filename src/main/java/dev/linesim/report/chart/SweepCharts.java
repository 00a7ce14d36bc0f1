package dev.linesim.report.chart;

import dev.linesim.report.Titles;
import dev.linesim.results.Format;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.SweepResults;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a sweep: for each swept parameter, each chosen KPI against that parameter's values, with 95 % CI
 * whiskers, one line per combination of the other parameters' values.
 */
public final class SweepCharts {
    static {
        ChartStyle.install();
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(-?[0-9]+(?:\\.[0-9]+)?)");

    private SweepCharts() {
    }

    public static List<Chart> all(SweepResults s) {
        List<Chart> charts = new ArrayList<>();
        for (int p = 0; p < s.parameters().size(); p++) {
            if (s.parameters().get(p).values().size() > 1) {
                charts.add(against(s, p));
            }
        }
        return charts;
    }

    /** Every chosen KPI against parameter {@code p}. */
    public static Chart against(SweepResults s, int p) {
        SweepResults.Parameter param = s.parameters().get(p);
        List<String> names = Titles.parameterNames(s.parameters().stream().map(SweepResults.Parameter::path).toList());
        List<String> xs = param.values();
        boolean numeric = xs.stream().allMatch(v -> LEADING_NUMBER.matcher(v).find());
        DataTable table = new DataTable(param.path(), "other_parameters", "kpi", "unit", "mean", "ci_low", "ci_high");
        List<JFreeChart> panels = new ArrayList<>();
        for (String key : s.chartKpis()) {
            Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
            KpiEstimate any = null;
            for (SweepResults.Point point : s.points()) {
                KpiEstimate k = point.kpi(key).orElse(null);
                if (k == null) {
                    continue;
                }
                any = k;
                String others = others(s, names, point, p);
                Estimate e = k.estimate();
                double scale = k.kpi().format() == Format.PERCENT ? 100 : 1;
                double x = numeric ? number(point.values().get(p)) : xs.indexOf(point.values().get(p));
                double half = Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth();
                if (!Double.isNaN(e.mean())) {
                    lines.computeIfAbsent(others, YIntervalSeries::new).add(x, scale * e.mean(), scale * (e.mean() - half),
                            scale * (e.mean() + half));
                }
                table.row(point.values().get(p), others, key, k.kpi().unit(), e.mean(), e.mean() - half, e.mean() + half);
            }
            if (any == null) {
                continue;
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            lines.values().forEach(data::addSeries);
            String unit = any.kpi().format() == Format.PERCENT ? "%" : any.kpi().unit();
            JFreeChart chart = ChartFactory.createXYLineChart(any.kpi().label(), null, unit, data,
                    PlotOrientation.VERTICAL, lines.size() > 1, false, false);
            chart.getTitle().setFont(Plots.bold(11));
            XYPlot plot = chart.getXYPlot();
            Plots.style(plot);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDefaultLinesVisible(true);
            r.setCapLength(5);
            for (int i = 0; i < lines.size(); i++) {
                r.setSeriesPaint(i, ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
                r.setSeriesStroke(i, Plots.line(1.4f));
            }
            plot.setRenderer(r);
            if (!numeric) {
                plot.setDomainAxis(new SymbolAxis(null, xs.toArray(String[]::new)));
            } else {
                ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
            }
            plot.getDomainAxis().setTickLabelFont(ChartStyle.SMALL);
            plot.getDomainAxis().setLabel(names.get(p));
            plot.getDomainAxis().setLabelFont(ChartStyle.SMALL);
            NumberAxis y = (NumberAxis) plot.getRangeAxis();
            y.setAutoRangeIncludesZero(false);
            y.setTickLabelFont(ChartStyle.SMALL);
            y.setLabelFont(ChartStyle.SMALL);
            if (chart.getLegend() != null) {
                chart.getLegend().setItemFont(ChartStyle.SMALL);
            }
            panels.add(ChartStyle.finish(chart));
        }
        int columns = 2;
        int rows = (panels.size() + columns - 1) / columns;
        String caption = String.format(Locale.ROOT, "Each KPI against %s (%s), mean of %d replications with its 95 %% CI;"
                        + " every point shares its random numbers with the others (common random numbers)%s.", param.path(),
                String.join(", ", xs), s.run().replications(),
                s.parameters().size() > 1 ? "; one line per value of the other parameters" : "");
        return new Chart("sweep-" + param.path().replaceAll("[^A-Za-z0-9_]+", "-"), caption, Figure.grid(columns, panels),
                table, RunCharts.WIDTH, 190.0 * rows);
    }

    /** The other parameters' values at a point, for its line's legend: "pouch_sealing machines 2". */
    private static String others(SweepResults s, List<String> names, SweepResults.Point point, int p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < s.parameters().size(); i++) {
            if (i != p && s.parameters().get(i).values().size() > 1) {
                parts.add(names.get(i) + " " + point.values().get(i));
            }
        }
        return parts.isEmpty() ? s.scenario() : String.join(", ", parts);
    }

    private static double number(String v) {
        Matcher m = LEADING_NUMBER.matcher(v);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
