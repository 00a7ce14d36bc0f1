package dev.linesim.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A waterfall: totals drawn from zero, and steps that raise or lower a running total, each a floating bar.
 * Drawn as stacked bars over an invisible base, so totals may stand anywhere in the sequence.
 */
final class Waterfall {
    /** One bar: a total (from zero) or a step from the running total. */
    record Step(String label, boolean total, double value) {
    }

    private static final String BASE = " ";
    private static final String TOTAL = "total";
    private static final String UP = "increase";
    private static final String DOWN = "decrease";

    private Waterfall() {
    }

    /** The steps with their running totals, as the chart's data. */
    static DataTable table(List<Step> steps, String unit) {
        DataTable t = new DataTable("step", "kind", "value_" + unit, "running_total_" + unit);
        double running = 0;
        for (Step s : steps) {
            running = s.total() ? s.value() : running + s.value();
            t.row(s.label(), s.total() ? "total" : s.value() >= 0 ? "increase" : "decrease", s.value(), running);
        }
        return t;
    }

    static JFreeChart chart(String title, String valueAxis, List<Step> steps, Color total, Color up, Color down,
                            String upLabel, String downLabel, java.text.NumberFormat labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> order = List.of(BASE, TOTAL, UP, DOWN);
        double running = 0;
        List<String> categories = new ArrayList<>();
        for (Step s : steps) {
            String c = s.label();
            categories.add(c);
            double base;
            double[] parts = new double[3];
            if (s.total()) {
                running = s.value();
                base = 0;
                parts[0] = s.value();
            } else if (s.value() >= 0) {
                base = running;
                parts[1] = s.value();
                running += s.value();
            } else {
                running += s.value();
                base = running;
                parts[2] = -s.value();
            }
            data.addValue(Plots.finite(base), BASE, c);
            data.addValue(Plots.finite(parts[0]), TOTAL, c);
            data.addValue(Plots.finite(parts[1]), UP, c);
            data.addValue(Plots.finite(parts[2]), DOWN, c);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        Plots.style(plot);
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.7);
        r.setSeriesPaint(order.indexOf(BASE), new Color(0, 0, 0, 0));
        r.setSeriesVisibleInLegend(order.indexOf(BASE), false);
        r.setSeriesPaint(order.indexOf(TOTAL), total);
        r.setSeriesPaint(order.indexOf(UP), up);
        r.setSeriesPaint(order.indexOf(DOWN), down);
        r.setSeriesVisibleInLegend(order.indexOf(UP), steps.stream().anyMatch(s -> !s.total() && s.value() > 0));
        r.setSeriesVisibleInLegend(order.indexOf(DOWN), steps.stream().anyMatch(s -> !s.total() && s.value() < 0));
        r.setLegendItemLabelGenerator(new org.jfree.chart.labels.StandardCategorySeriesLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int series) {
                String key = (String) dataset.getRowKey(series);
                return key.equals(UP) ? upLabel : key.equals(DOWN) ? downLabel : key.equals(TOTAL) ? "total" : key;
            }
        });
        for (int s = 1; s < order.size(); s++) {
            r.setSeriesItemLabelsVisible(s, true);
        }
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                if (row == 0 || v == null || v.doubleValue() == 0) {
                    return null; // the invisible base, and empty parts
                }
                String text = super.generateLabel(dataset, row, column);
                return DOWN.equals(dataset.getRowKey(row)) ? "\u2212" + text : UP.equals(dataset.getRowKey(row)) ? "+" + text : text;
            }
        });
        r.setDefaultItemLabelFont(ChartStyle.SMALL);
        r.setDefaultItemLabelPaint(Color.BLACK);
        r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        r.setPositiveItemLabelPositionFallback(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.22);
        return ChartStyle.finish(chart);
    }
}
