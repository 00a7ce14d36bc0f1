package dev.linesim.results;

import dev.linesim.stats.Estimate;
import java.util.List;

/**
 * Sizing to a target, as written to {@code size.json}: every candidate design of the grid, how it was judged, and the
 * cheapest design shown to meet the target.
 *
 * @param format      version of the layout
 * @param provenance  inputs of the scenario
 * @param scenario    scenario name
 * @param run         run settings of every simulated candidate (the same seed: common random numbers)
 * @param target      the target as written, e.g. {@code gwh_per_year >= 8}
 * @param objective   what "cheapest" means: {@code capex} or {@code cost_per_kwh}
 * @param confidence  the confidence asked for that the chosen design meets the target
 * @param parameters  the parameters varied, with their values
 * @param candidates  every design, cheapest first for a capex objective
 * @param chosen      index of the chosen design in {@code candidates}, or -1 when none meets the target
 * @param method      the procedure and its guarantee, in words
 * @param targetKpi   the target KPI's definition (label, unit), or null when no candidate was simulated or the results
 *                    were written before it was kept
 * @param currency    currency of the capex, or null in results written before it was kept
 */
public record SizingResults(int format, Provenance provenance, String scenario, RunInfo run, String target, String objective,
                            double confidence, List<SweepResults.Parameter> parameters, List<Candidate> candidates,
                            int chosen, String method, Kpi targetKpi, String currency) {
    public SizingResults {
        parameters = List.copyOf(parameters);
        candidates = List.copyOf(candidates);
    }

    /** The target KPI's key, e.g. {@code gwh_per_year}. */
    public String targetKey() {
        return target.split("\\s")[0];
    }

    /**
     * The target KPI as a reader names it, with its unit: "Output, GWh/yr", "Good cells per hour, cells/h" (or its key,
     * in results written before the definition was kept).
     */
    public String targetLabel() {
        if (targetKpi == null) {
            return targetKey().replace('_', ' ');
        }
        String unit = targetKpi.unit();
        return unit.isEmpty() || targetKpi.label().contains(unit) ? targetKpi.label() : targetKpi.label() + ", " + unit;
    }

    /** "capex, millions of USD", or without a currency in older results. */
    public String capexLabel() {
        return currency == null ? "capex, millions" : "capex, millions of " + currency;
    }

    /**
     * A candidate design.
     *
     * @param values     the value of each parameter
     * @param capexMillions capital of the design: a plan's gross retrofit capex, a line's capital employed
     * @param upperBound the most the target KPI could reach with no breakdowns, blocking or starving (NaN when no bound
     *                   applies to the KPI)
     * @param status     {@code screened out} (its bound misses the target), {@code infeasible} (simulated, and the
     *                   one-sided bound of the KPI does not clear the target), {@code feasible}, or {@code not needed}
     *                   (a costlier design left unsimulated once a cheaper one was shown feasible)
     * @param kpi        the target KPI with its CI, when simulated (else null)
     * @param confidenceBound the one-sided confidence bound of the KPI used for the verdict (NaN when not simulated)
     * @param costPerKwh the cost per kWh with its CI, when simulated (else null)
     */
    public record Candidate(List<String> values, double capexMillions, double upperBound, String status, Estimate kpi,
                            double confidenceBound, Estimate costPerKwh) {
        public Candidate {
            values = List.copyOf(values);
        }
    }
}
