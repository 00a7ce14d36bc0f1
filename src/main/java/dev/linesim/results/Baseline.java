package dev.linesim.results;

/**
 * A committed reference for regression checks: a scenario's results at settings chosen once, with every KPI's
 * per-replication values and the exact capex.
 *
 * @param format   version of the baseline layout ({@link #FORMAT})
 * @param scenario the scenario file, relative to the folder holding the baseline, with '/' separators
 * @param results  the results the scenario gave when the baseline was saved
 */
public record Baseline(int format, String scenario, RunResults results) {
    public static final int FORMAT = 1;
}
