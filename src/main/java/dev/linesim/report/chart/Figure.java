package dev.linesim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Something drawn into a rectangle: one chart, or several side by side. */
@FunctionalInterface
public interface Figure {
    void draw(Graphics2D g, Rectangle2D area);

    static Figure of(JFreeChart chart) {
        return chart::draw;
    }

    /** Charts in a grid of {@code columns}, row by row, each the same size. */
    static Figure grid(int columns, List<JFreeChart> charts) {
        return (g, area) -> {
            int rows = (charts.size() + columns - 1) / columns;
            double w = area.getWidth() / columns;
            double h = area.getHeight() / rows;
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double(area.getX() + (i % columns) * w, area.getY() + (i / columns) * h, w, h));
            }
        };
    }
}
