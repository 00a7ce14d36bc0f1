package dev.linesim.results;

import dev.linesim.stats.Estimate;
import java.util.List;

/**
 * Scenarios run with common random numbers, as written to {@code comparison.json}.
 *
 * @param format     version of the layout
 * @param provenance version, inputs (every compared file), creation time
 * @param runs       each scenario's full results, the reference first
 * @param labels     how each scenario is called: its name, or, when names collide, its name and file
 * @param kpis       each compared KPI with its paired differences to the reference
 */
public record ComparisonResults(int format, Provenance provenance, List<RunResults> runs, List<String> labels,
                                List<ComparedKpi> kpis) {
    public ComparisonResults {
        runs = List.copyOf(runs);
        labels = List.copyOf(labels);
        kpis = List.copyOf(kpis);
    }

    /** The label of scenario {@code i}. */
    public String label(int i) {
        return labels.get(i);
    }

    /**
     * One KPI across the scenarios.
     *
     * @param kpi         the definition
     * @param values      the estimate in each scenario
     * @param differences each scenario minus the reference, from paired replications (the reference's is empty)
     * @param significant whether each difference's 95 % CI excludes zero (false for the reference)
     */
    public record ComparedKpi(Kpi kpi, List<Estimate> values, List<Estimate> differences, List<Boolean> significant) {
        public ComparedKpi {
            values = List.copyOf(values);
            differences = List.copyOf(differences);
            significant = List.copyOf(significant);
        }
    }

    public ComparisonResults withProvenance(Provenance p) {
        return new ComparisonResults(format, p, runs, labels, kpis);
    }

    public RunResults reference() {
        return runs.get(0);
    }
}
