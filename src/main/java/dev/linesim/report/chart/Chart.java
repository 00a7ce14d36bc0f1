package dev.linesim.report.chart;

/**
 * A finished chart: what it is called, what it shows, how to draw it and the numbers it draws.
 *
 * @param name    file name without extension ({@code station-time-shares})
 * @param caption one line saying what the chart shows, for the report
 * @param figure  the drawing
 * @param data    the plotted numbers, written as {@code name.csv}
 * @param width   width in points (1/72 in)
 * @param height  height in points
 */
public record Chart(String name, String caption, Figure figure, DataTable data, double width, double height) {
}
