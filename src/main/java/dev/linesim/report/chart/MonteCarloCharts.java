package dev.linesim.report.chart;

import dev.linesim.results.Format;
import dev.linesim.results.MonteCarloResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** For each summarised KPI of a Monte Carlo study: a histogram of the draws' means and their cumulative distribution. */
public final class MonteCarloCharts {
    static {
        ChartStyle.install();
    }

    private MonteCarloCharts() {
    }

    public static List<Chart> all(MonteCarloResults m) {
        List<Chart> charts = new ArrayList<>();
        for (MonteCarloResults.Summary s : m.summaries()) {
            if (s.drawsDefined() >= 2) {
                charts.add(spread(m, s));
            }
        }
        return charts;
    }

    static Chart spread(MonteCarloResults m, MonteCarloResults.Summary s) {
        String key = s.kpi().key();
        double scale = s.kpi().format() == Format.PERCENT ? 100 : 1;
        String unit = s.kpi().format() == Format.PERCENT ? "%" : s.kpi().unit();
        double[] values = m.draws().stream().map(d -> d.kpi(key)).filter(java.util.Optional::isPresent)
                .mapToDouble(k -> scale * k.get().estimate().mean()).filter(v -> !Double.isNaN(v)).sorted().toArray();
        DataTable table = new DataTable("draw_rank", "kpi", "value", "cumulative_share");
        HistogramDataset hist = new HistogramDataset();
        hist.addSeries(s.kpi().label(), values, Math.max(5, Math.min(20, values.length / 3)));
        JFreeChart h = ChartFactory.createHistogram("Draws of " + s.kpi().label(), unit, "draws", hist,
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot hp = h.getXYPlot();
        Plots.style(hp);
        XYBarRenderer bars = (XYBarRenderer) hp.getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.BLUE);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlinePaint(0, java.awt.Color.WHITE);
        ((NumberAxis) hp.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYSeries cdf = new XYSeries("cumulative share of draws");
        for (int i = 0; i < values.length; i++) {
            double share = (i + 1.0) / values.length;
            cdf.add(values[i], share);
            table.row(i + 1, key, values[i] / scale, share);
        }
        JFreeChart c = ChartFactory.createXYLineChart("Cumulative distribution", unit, "share of draws",
                new XYSeriesCollection(cdf), PlotOrientation.VERTICAL, false, false, false);
        XYPlot cp = c.getXYPlot();
        Plots.style(cp);
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ChartStyle.BLUE);
        step.setSeriesStroke(0, Plots.line(1.6f));
        cp.setRenderer(step);
        ((NumberAxis) cp.getRangeAxis()).setNumberFormatOverride(Plots.percent());
        ((NumberAxis) cp.getRangeAxis()).setRange(0, 1.02);
        for (XYPlot p : List.of(hp, cp)) {
            for (double q : new double[] {s.p10(), s.p50(), s.p90()}) {
                p.addDomainMarker(new ValueMarker(scale * q, ChartStyle.GREY, Plots.dashed(0.8f)));
            }
            if (!Double.isNaN(s.threshold())) {
                p.addDomainMarker(new ValueMarker(scale * s.threshold(), ChartStyle.VERMILLION, Plots.line(1.2f)));
            }
            ((NumberAxis) p.getDomainAxis()).setAutoRangeIncludesZero(false);
        }
        h.getTitle().setFont(Plots.bold(11));
        c.getTitle().setFont(Plots.bold(11));
        String caption = String.format(Locale.ROOT, "%s over %d input draws (each the mean of %d replications): histogram"
                        + " and cumulative distribution; dashed: P10, P50, P90 (%s, %s, %s)%s. %.0f %% of the variance of a"
                        + " single replication comes from the inputs, the rest from the line's randomness.",
                s.kpi().label(), values.length, m.run().replications(), fmt(scale * s.p10()), fmt(scale * s.p50()),
                fmt(scale * s.p90()), Double.isNaN(s.threshold()) ? "" : String.format(Locale.ROOT, "; red: %s, cleared by"
                        + " %.0f %% of the draws", fmt(scale * s.threshold()), 100 * s.shareAbove()), 100 * s.inputShare());
        return new Chart("montecarlo-" + key, caption, Figure.grid(2, List.of(ChartStyle.finish(h), ChartStyle.finish(c))),
                table, RunCharts.WIDTH * 1.25, 230);
    }

    private static String fmt(double v) {
        return String.format(Locale.UK, "%,.2f", v);
    }
}
