/**
 * Result files and text: {@code results.json} (complete, machine-readable), {@code results.csv} (one
 * row per KPI, for spreadsheets), the summary table printed after a run, and atomic writing, so a
 * failed run never leaves a half-written report. Reads result records only.
 */
package dev.linesim.report;
