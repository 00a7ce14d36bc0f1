package dev.linesim.results;

import dev.linesim.stats.Estimate;
import java.util.List;

/**
 * A KPI of a run: its definition, the mean over replications with a 95 % confidence interval, and the
 * value of every replication (NaN where undefined), so paired comparisons and checks can be redone.
 *
 * @param kpi          the definition
 * @param estimate     mean and half-width over replications
 * @param replications value of each replication, in replication order
 */
public record KpiEstimate(Kpi kpi, Estimate estimate, List<Double> replications) {
    public KpiEstimate {
        replications = List.copyOf(replications);
    }

    public String key() {
        return kpi.key();
    }
}
