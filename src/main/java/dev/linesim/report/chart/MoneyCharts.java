package dev.linesim.report.chart;

import dev.linesim.results.ConversionResults;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.RunResults;
import dev.linesim.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Money charts: the cost per kWh as a stack of its components, and the cumulative cash position of a conversion. */
public final class MoneyCharts {
    static {
        ChartStyle.install();
    }

    /** KPI keys of the cost-stack components start with this; the total is {@code cost_per_kwh}. */
    static final String STACK_PREFIX = "cost_per_kwh_";
    private static final double WEEKS_PER_YEAR = 365.25 / 7;

    private MoneyCharts() {
    }

    /** Whether a run carries a cost stack. */
    public static boolean hasStack(RunResults run) {
        return run.kpis().stream().anyMatch(k -> k.key().startsWith(STACK_PREFIX));
    }

    /**
     * One stacked bar per run: the cost per kWh of good output split into its components (materials at the
     * bottom, the capital charge on top), with the total and its 95 % CI over the bar.
     */
    public static Chart costStack(List<RunResults> runs, List<String> names) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String currency = runs.get(0).capital().currency();
        DataTable table = new DataTable("scenario", "component", "mean_" + currency.toLowerCase(Locale.ROOT) + "_per_kwh",
                "half_width");
        List<String> components = new ArrayList<>();
        for (RunResults r : runs) {
            r.kpis().stream().filter(k -> k.key().startsWith(STACK_PREFIX)).map(k -> k.kpi().label())
                    .filter(l -> !components.contains(l)).forEach(components::add);
        }
        StringBuilder totals = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            RunResults r = runs.get(i);
            for (String c : components) {
                KpiEstimate k = r.kpis().stream().filter(x -> x.key().startsWith(STACK_PREFIX) && x.kpi().label().equals(c))
                        .findFirst().orElse(null);
                data.addValue(k == null ? Double.valueOf(0) : Plots.finite(k.estimate().mean()), c, names.get(i));
                if (k != null) {
                    table.row(names.get(i), c, k.estimate().mean(), k.estimate().halfWidth());
                }
            }
            Estimate total = r.required("cost_per_kwh").estimate();
            table.row(names.get(i), "total", total.mean(), total.halfWidth());
            totals.append(totals.length() == 0 ? "" : "; ").append(names.get(i)).append(' ')
                    .append(String.format(Locale.UK, "%.2f ± %.2f", total.mean(), total.halfWidth()));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Cost per kWh of good output", null,
                currency + " per kWh", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        Plots.style(plot);
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setShadowVisible(false);
        r.setMaximumBarWidth(runs.size() == 1 ? 0.3 : 0.5);
        Color[] colours = {ChartStyle.BLUE, ChartStyle.ORANGE, ChartStyle.BLUISH_GREEN, ChartStyle.SKY_BLUE,
            ChartStyle.REDDISH_PURPLE, ChartStyle.YELLOW, ChartStyle.GREY, ChartStyle.VERMILLION};
        for (int i = 0; i < components.size(); i++) {
            r.setSeriesPaint(i, colours[i % colours.length]);
            r.setSeriesItemLabelPaint(i, colours[i % colours.length] == ChartStyle.BLUE ? Color.WHITE : ChartStyle.BLACK);
        }
        // segments labelled only where the label fits in every bar alike: 8 % of the tallest bar or more
        double tallest = runs.stream().mapToDouble(x -> x.required("cost_per_kwh").estimate().mean()).max().orElse(0);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Plots.thousands(1)) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v != null && v.doubleValue() >= 0.08 * tallest ? super.generateLabel(d, row, column) : null;
            }
        });
        r.setDefaultItemLabelFont(ChartStyle.SMALL);
        r.setDefaultItemLabelsVisible(true);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Plots.thousands(0));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.12);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.0f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        for (int i = 0; i < runs.size(); i++) { // the total and its CI over each bar
            Estimate total = runs.get(i).required("cost_per_kwh").estimate();
            boolean drawn = Double.isFinite(total.mean());
            org.jfree.chart.annotations.CategoryTextAnnotation t = new org.jfree.chart.annotations.CategoryTextAnnotation(
                    drawn ? String.format(Locale.UK, "%.2f ± %.2f", total.mean(), total.halfWidth()) : "no good output",
                    names.get(i), drawn ? total.mean() : 0);
            t.setFont(ChartStyle.SMALL);
            t.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
            t.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.MIDDLE);
            plot.addAnnotation(t);
        }
        chart.getLegend().setItemFont(ChartStyle.LEGEND);
        String caption = "Cost per kWh of good output, " + currency + "/kWh, by component (means over the replications;"
                + " each component's 95 % CI is in the CSV). Totals: " + totals + ".";
        return new Chart("cost-stack", caption, Figure.of(ChartStyle.finish(chart)), table, RunCharts.WIDTH,
                300 + 12 * components.size());
    }

    /** The cumulative undiscounted cash position of converting against staying liquid, with its 95 % CI band. */
    public static Chart cumulativeCash(ConversionResults c) {
        ConversionResults.Decision d = c.decision();
        YIntervalSeries s = new YIntervalSeries("cumulative cash position");
        DataTable table = new DataTable("week", "year", "cumulative_m" + d.currency().toLowerCase(Locale.ROOT), "ci_low", "ci_high");
        List<Estimate> weekly = d.cumulativeMillions();
        for (int w = 0; w < weekly.size(); w++) {
            Estimate e = weekly.get(w);
            double low = Double.isNaN(e.halfWidth()) ? e.mean() : e.lower();
            double high = Double.isNaN(e.halfWidth()) ? e.mean() : e.upper();
            double year = (w + 1) / WEEKS_PER_YEAR;
            s.add(year, e.mean(), low, high);
            table.row(w + 1, year, e.mean(), low, high);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        JFreeChart chart = ChartFactory.createXYLineChart("Cash position of converting against staying liquid",
                "Years from the planning date", "Cumulative cash, M" + d.currency() + " (undiscounted)", data,
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        Plots.style(plot);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.3f);
        r.setSeriesPaint(0, ChartStyle.BLUE);
        r.setSeriesFillPaint(0, ChartStyle.BLUE);
        r.setSeriesStroke(0, Plots.line(1.6f));
        plot.setRenderer(r);
        ValueMarker zero = new ValueMarker(0, ChartStyle.BLACK, Plots.line(0.8f));
        plot.addRangeMarker(zero);
        if (d.simplePaybackYears().n() > 0) {
            double at = d.simplePaybackYears().mean() + firstOutlayYears(d);
            ValueMarker m = new ValueMarker(at, ChartStyle.GREY, Plots.line(0.8f));
            Plots.label(m, String.format(Locale.ROOT, "paid back, %.1f years after the first outlay", d.simplePaybackYears().mean()));
            boolean late = at > 0.6 * d.planningYears(); // a label near the right edge goes to the left of its line
            m.setLabelAnchor(late ? org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT : org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(late ? org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT : org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(m);
        }
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, d.planningYears());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Plots.thousands(0));
        String caption = String.format(Locale.UK, "Cumulative cash of converting minus staying liquid, M%s, mean and 95 %% CI"
                        + " band over %d replications (simulation noise only: input uncertainty is not in the band). NPV at"
                        + " %.0f %%: %,.1f ± %,.1f M%s; IRR %s; tax %.0f %%.", d.currency(), d.replications(),
                100 * d.discountRate(), d.npvMillions().mean(), nan0(d.npvMillions().halfWidth()), d.currency(),
                d.irr().n() == 0 ? "none" : String.format(Locale.UK, "%.1f %%", 100 * d.irr().mean()), 100 * d.taxRate());
        return new Chart("cumulative-cash", caption, Figure.of(ChartStyle.finish(chart)), table, RunCharts.WIDTH * 1.25, 320);
    }

    private static double firstOutlayYears(ConversionResults.Decision d) {
        return d.payments().stream().mapToDouble(ConversionResults.Payment::week).min().orElse(0) / WEEKS_PER_YEAR;
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
