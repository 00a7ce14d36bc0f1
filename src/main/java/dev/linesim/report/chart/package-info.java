/**
 * Charts drawn with JFreeChart from result records: datasets built from the records (each also written as the
 * chart's CSV), one print style ({@link dev.linesim.report.chart.ChartStyle}), and export to vector PDF with the
 * bundled font embedded, SVG and 300 dpi PNG ({@link dev.linesim.report.chart.ChartExport}).
 */
package dev.linesim.report.chart;
