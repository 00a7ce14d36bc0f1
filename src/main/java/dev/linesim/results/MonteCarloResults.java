package dev.linesim.results;

import java.util.List;
import java.util.Optional;

/**
 * A Monte Carlo study, as written to {@code montecarlo.json}: the uncertain inputs drawn (outer) crossed with
 * replications of the line (inner), and what the spread of each KPI says.
 *
 * @param format       version of the layout
 * @param provenance   inputs of the scenario
 * @param scenario     scenario name
 * @param run          run settings of each draw (its replications are the inner ones)
 * @param inputs       each uncertain input: key path and distribution, as text
 * @param draws        every draw: the values drawn and the KPIs of its inner replications
 * @param summaries    for each chosen KPI, its spread over the draws
 */
public record MonteCarloResults(int format, Provenance provenance, String scenario, RunInfo run, List<Input> inputs,
                                List<SweepResults.Point> draws, List<Summary> summaries) {
    public MonteCarloResults {
        inputs = List.copyOf(inputs);
        draws = List.copyOf(draws);
        summaries = List.copyOf(summaries);
    }

    /** An uncertain input, for reports. */
    public record Input(String path, String distribution) {
    }

    /**
     * The spread of one KPI over the draws (each draw's mean over its inner replications).
     *
     * @param kpi            the KPI
     * @param mean           mean over the draws
     * @param p10            10th percentile of the draw means
     * @param p50            median
     * @param p90            90th percentile
     * @param inputShare     share of the variance of single replications that comes from the inputs (the rest is the
     *                       line's randomness): between-draw variance less what the inner noise explains, over the total
     * @param threshold      the value tested against, or NaN
     * @param shareAbove     share of draws whose mean exceeds the threshold (NPV > 0), or below it for a payback; NaN
     *                       without a threshold
     * @param drawsDefined   draws where the KPI is defined (a payback not reached is undefined)
     */
    public record Summary(Kpi kpi, double mean, double p10, double p50, double p90, double inputShare, double threshold,
                          double shareAbove, int drawsDefined) {
    }

    public Optional<Summary> summary(String key) {
        return summaries.stream().filter(s -> s.kpi().key().equals(key)).findFirst();
    }
}
