package dev.linesim.report.chart;

import dev.linesim.report.Numbers;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.Format;
import dev.linesim.results.RunResults;
import dev.linesim.results.StationResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** The charts of a comparison: KPIs side by side, paired differences, time shares per scenario, capex waterfalls. */
public final class ComparisonCharts {
    static {
        ChartStyle.install();
    }

    private ComparisonCharts() {
    }

    public static List<Chart> all(ComparisonResults c) {
        List<Chart> charts = new ArrayList<>();
        charts.add(kpis(c));
        if (c.runs().size() > 1) {
            charts.add(differences(c));
        }
        charts.add(timeShares(c));
        if (c.runs().stream().allMatch(MoneyCharts::hasStack)) {
            charts.add(MoneyCharts.costStack(c.runs(), c.labels()));
        }
        int k = 0;
        for (RunResults r : c.runs()) {
            if (r.capital().retrofit() != null) {
                charts.add(CapexCharts.waterfall(r, "capex-waterfall" + (k++ == 0 ? "" : "-" + k)));
            }
        }
        return charts;
    }

    /** Each compared KPI per scenario, with 95 % CI whiskers, one small chart per KPI. */
    public static Chart kpis(ComparisonResults c) {
        DataTable table = new DataTable("kpi", "unit", "scenario", "mean", "half_width");
        List<JFreeChart> panels = new ArrayList<>();
        for (ComparisonResults.ComparedKpi k : c.kpis()) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            boolean percent = k.kpi().format() == Format.PERCENT;
            for (int i = 0; i < c.runs().size(); i++) {
                Estimate e = k.values().get(i);
                String scenario = c.label(i);
                data.add(e.mean(), Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth(), k.kpi().key(), scenario);
                table.row(k.kpi().key(), k.kpi().unit(), scenario, e.mean(), e.halfWidth());
            }
            JFreeChart chart = ChartFactory.createBarChart(k.kpi().label(), null, percent ? "%" : k.kpi().unit(), data,
                    PlotOrientation.VERTICAL, false, false, false);
            chart.getTitle().setFont(Plots.bold(11));
            CategoryPlot plot = chart.getCategoryPlot();
            Plots.style(plot);
            plot.getDomainAxis().setTickLabelFont(ChartStyle.SMALL);
            plot.getDomainAxis().setMaximumCategoryLabelLines(3);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1f);
            StatisticalBarRenderer r = new StatisticalBarRenderer() {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    return ChartStyle.PALETTE[column % ChartStyle.PALETTE.length]; // one colour per scenario, in every panel
                }
            };
            styleStatistical(r);
            r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
                @Override
                public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                    return Numbers.mean(dataset.getValue(row, column).doubleValue(), k.kpi().format());
                }
            });
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(ChartStyle.SMALL);
            r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.INSIDE12, org.jfree.chart.ui.TextAnchor.TOP_CENTER));
            r.setDefaultItemLabelPaint(java.awt.Color.WHITE);
            plot.setRenderer(r);
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            axis.setNumberFormatOverride(percent ? Plots.percent() : Plots.thousands(2));
            axis.setTickLabelFont(ChartStyle.SMALL);
            axis.setLabelFont(ChartStyle.SMALL);
            panels.add(ChartStyle.finish(chart));
        }
        int columns = 2;
        int rows = (panels.size() + columns - 1) / columns;
        String caption = "Each compared KPI per scenario: mean of " + c.reference().run().replications()
                + " replications with its 95 % CI; all scenarios share their random numbers (common random numbers).";
        return new Chart("kpis", caption, Figure.grid(columns, panels), table, RunCharts.WIDTH, 165.0 * rows);
    }

    /** Paired differences to the reference, as a percentage of the reference's mean, with their 95 % CI. */
    public static Chart differences(ComparisonResults c) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        DataTable table = new DataTable("kpi", "unit", "scenario", "difference", "difference_half_width",
                "difference_pct_of_reference", "difference_pct_half_width", "significant");
        for (ComparisonResults.ComparedKpi k : c.kpis()) {
            double ref = k.values().get(0).mean();
            for (int i = 1; i < c.runs().size(); i++) {
                Estimate d = k.differences().get(i);
                double pct = ref != 0 ? 100 * d.mean() / Math.abs(ref) : Double.NaN;
                double pctHw = ref != 0 ? 100 * d.halfWidth() / Math.abs(ref) : Double.NaN;
                String scenario = c.label(i);
                if (!Double.isNaN(pct)) {
                    data.add(pct, Double.isNaN(pctHw) ? 0 : pctHw, scenario, k.kpi().label());
                }
                table.row(k.kpi().key(), k.kpi().unit(), scenario, d.mean(), d.halfWidth(), pct, pctHw, k.significant().get(i));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Change against " + c.label(0), null,
                "Paired difference, % of the reference", data, PlotOrientation.HORIZONTAL, c.runs().size() > 2, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        Plots.style(plot);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        styleStatistical(r);
        for (int i = 0; i < c.runs().size() - 1; i++) {
            r.setSeriesPaint(i, ChartStyle.PALETTE[(i + 1) % ChartStyle.PALETTE.length]);
        }
        // no value labels: they would sit on the CI whiskers; the numbers are in the table and comparison.csv
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setLowerMargin(0.15);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.15);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, Plots.line(1)));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Plots.thousands(1));
        String caption = "Each KPI's paired difference to " + c.label(0) + " as a percentage of the"
                + " reference's mean, with its 95 % CI; KPIs whose reference is zero are left out. The absolute differences"
                + " are in comparison.csv and in the table.";
        return new Chart("differences", caption, Figure.of(ChartStyle.finish(chart)), table, RunCharts.WIDTH,
                RunCharts.rowsHeight(java.util.Collections.nCopies(Math.max(1, c.runs().size() - 1), c.kpis().stream()
                        .map(k -> k.kpi().label()).toList()).stream().flatMap(List::stream).toList(), RunCharts.WIDTH));
    }

    /** Station time shares of every scenario side by side, each with its bottleneck marked. */
    public static Chart timeShares(ComparisonResults c) {
        DataTable table = new DataTable("scenario", "station", "state", "share_of_machine_time", "bottleneck");
        List<JFreeChart> panels = new ArrayList<>();
        double height = 0;
        int columns = Math.min(2, c.runs().size());
        double width = c.runs().size() == 1 ? RunCharts.WIDTH : RunCharts.WIDTH * 1.5;
        for (int i = 0; i < c.runs().size(); i++) {
            RunResults r = c.runs().get(i);
            String label = c.label(i);
            DataTable part = new DataTable("station", "state", "share_of_machine_time", "bottleneck");
            JFreeChart chart = RunCharts.timeSharesChart(r, label, part);
            chart.getTitle().setFont(Plots.bold(12));
            for (List<String> row : part.rows()) {
                table.row(label, row.get(0), row.get(1), Double.parseDouble(row.get(2)), Boolean.parseBoolean(row.get(3)));
            }
            List<StationResults> shown = r.stations().stream().filter(StationResults::hasTimeShares).toList();
            height = Math.max(height, RunCharts.rowsHeight(RunCharts.stationLabels(r, shown), width / columns) + 30);
            panels.add(chart);
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            RunResults r = c.runs().get(i);
            named.add(c.label(i) + ": " + (r.bottleneck().named() ? r.bottleneck().station() : "none"));
        }
        String bottlenecks = String.join("; ", named);
        String caption = "Share of machine-time by state for each scenario, so a bottleneck that moves shows (" + bottlenecks + ").";
        // the subtitle of a narrow panel takes two lines: 30 pt more
        return new Chart("station-time-shares", caption, Figure.grid(columns, panels), table, width,
                height * ((c.runs().size() + 1) / 2));
    }

    static void styleStatistical(StatisticalBarRenderer r) {
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setErrorIndicatorStroke(Plots.line(1));
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.5);
        r.setBarPainter(new StandardBarPainter());
    }
}
