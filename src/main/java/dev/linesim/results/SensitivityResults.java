package dev.linesim.results;

import java.util.List;

/**
 * One-at-a-time sensitivity, as written to {@code sensitivity.json}: the scenario as it is, then each parameter at
 * its low and at its high value with every other input as in the file; all runs on the same seed.
 *
 * @param format     version of the layout
 * @param provenance inputs of the scenario (with the overrides fixed for every run)
 * @param scenario   scenario name
 * @param run        run settings shared by every run
 * @param chartKpis  the KPIs drawn as tornadoes
 * @param base       the scenario as it is
 * @param factors    each parameter with its two runs
 */
public record SensitivityResults(int format, Provenance provenance, String scenario, RunInfo run, List<String> chartKpis,
                                 SweepResults.Point base, List<Factor> factors) {
    public SensitivityResults {
        chartKpis = List.copyOf(chartKpis);
        factors = List.copyOf(factors);
    }

    /**
     * A parameter at its low and high values.
     *
     * @param path   the key path, as in {@code --set}
     * @param low    the low value, as written
     * @param high   the high value, as written
     * @param atLow  the run with the low value
     * @param atHigh the run with the high value
     */
    public record Factor(String path, String low, String high, SweepResults.Point atLow, SweepResults.Point atHigh) {
        /** How far the KPI moves between the low and the high value (the length of its tornado bar); NaN if absent. */
        public double swing(String kpi) {
            double a = atLow.kpi(kpi).map(k -> k.estimate().mean()).orElse(Double.NaN);
            double b = atHigh.kpi(kpi).map(k -> k.estimate().mean()).orElse(Double.NaN);
            return Math.abs(b - a);
        }
    }

    /** The factors by decreasing swing of a KPI (undefined swings last), as a tornado draws them from the top. */
    public List<Factor> ranked(String kpi) {
        return factors.stream().sorted(java.util.Comparator.comparingDouble((Factor f) -> {
            double s = f.swing(kpi);
            return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
        }).reversed()).toList();
    }
}
