/**
 * What users take away, made from result records only (never a scenario file): the summary and comparison
 * tables printed after a command, tidy CSV files, every file a command writes ({@link dev.linesim.report.Outputs}),
 * and atomic writing, so a failed run never leaves a half-written report. Charts live in {@code report.chart},
 * the paginated {@code report.pdf} in {@code report.pdf}.
 */
package dev.linesim.report;
