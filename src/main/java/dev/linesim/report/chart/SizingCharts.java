package dev.linesim.report.chart;

import dev.linesim.results.SizingResults;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The candidates of a sizing run: the target KPI against capex, with CIs, the target line and the chosen design. */
public final class SizingCharts {
    static {
        ChartStyle.install();
    }

    private SizingCharts() {
    }

    public static List<Chart> all(SizingResults s) {
        String kpi = s.targetKey();
        YIntervalSeries feasible = new YIntervalSeries("feasible");
        YIntervalSeries infeasible = new YIntervalSeries("not shown feasible");
        YIntervalSeries chosen = new YIntervalSeries("chosen");
        DataTable table = new DataTable("design", "capex_millions", "status", "kpi_mean", "ci_low", "ci_high");
        for (int i = 0; i < s.candidates().size(); i++) {
            SizingResults.Candidate c = s.candidates().get(i);
            if (c.kpi() == null) {
                continue;
            }
            double half = Double.isNaN(c.kpi().halfWidth()) ? 0 : c.kpi().halfWidth();
            YIntervalSeries into = i == s.chosen() ? chosen : c.status().equals("feasible") ? feasible : infeasible;
            into.add(c.capexMillions(), c.kpi().mean(), c.kpi().mean() - half, c.kpi().mean() + half);
            table.row(String.join(" ", c.values()), c.capexMillions(), c.status(), c.kpi().mean(), c.kpi().mean() - half,
                    c.kpi().mean() + half);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(infeasible);
        data.addSeries(feasible);
        data.addSeries(chosen);
        String capex = s.capexLabel();
        JFreeChart chart = ChartFactory.createXYLineChart("Candidates against the target",
                Character.toUpperCase(capex.charAt(0)) + capex.substring(1), s.targetLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        Plots.style(plot);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDrawXError(false);
        r.setSeriesPaint(0, ChartStyle.GREY);
        r.setSeriesPaint(1, ChartStyle.BLUE);
        r.setSeriesPaint(2, ChartStyle.VERMILLION);
        plot.setRenderer(r);
        double target = Double.parseDouble(s.target().replaceAll("^.*(>=|<=)\\s*", ""));
        ValueMarker line = new ValueMarker(target, ChartStyle.BLACK, Plots.dashed(1));
        Plots.label(line, "target " + s.target());
        line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(line);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        String caption = String.format(Locale.ROOT, "Each simulated candidate's %s (mean and 95 %% CI) against its capex;"
                + " the dashed line is the target; designs whose capacity bound misses it were not simulated.", kpi);
        return List.of(new Chart("sizing", caption, Figure.of(ChartStyle.finish(chart)), table, RunCharts.WIDTH, 300));
    }
}
