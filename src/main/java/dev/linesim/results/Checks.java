package dev.linesim.results;

import java.util.List;

/**
 * How far a run's numbers can be trusted: how its warm-up was chosen and whether it covers the initial transient,
 * the precision reached, and the warnings a reader must see.
 *
 * @param warmupMethod        {@code given}, or {@code detected} (MSER-5 on a pilot run)
 * @param detectedWarmupHours the transient MSER-5 finds in this run's daily output and WIP (whole days, hours)
 * @param settled             false when the series had not settled within the horizon
 * @param precision           the precision target and what was reached, or null without a target
 * @param warnings            plain sentences, each with what to change
 */
public record Checks(String warmupMethod, double detectedWarmupHours, boolean settled, Precision precision,
                     List<String> warnings) {
    public Checks {
        warnings = List.copyOf(warnings);
    }

    /**
     * A precision target and its outcome.
     *
     * @param kpi          the KPI made precise
     * @param target       the relative half-width asked for
     * @param reached      the relative half-width reached (95 % CI half-width / |mean|)
     * @param replications replications run
     * @param met          whether the procedure stopped on the target (not on the maximum)
     */
    public record Precision(String kpi, double target, double reached, int replications, boolean met) {
    }
}
