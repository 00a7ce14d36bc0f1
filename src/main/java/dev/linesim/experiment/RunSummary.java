package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import dev.linesim.results.Checks;
import dev.linesim.results.Provenance;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import dev.linesim.stats.Estimate;
import java.util.List;
import java.util.Optional;

/**
 * A simulated run as the experiment holds it: the scenario, its raw replications and its economics (for a
 * line or the converted line of a plan alike). {@link #results()} turns it into the result records that
 * every table, file, chart and report reads.
 *
 * @param scenario     the scenario simulated
 * @param plan         the retrofit plan the line comes from, if any
 * @param replications the raw results, in replication order
 * @param economics    capital and cost per kWh, computed once here
 * @param provenance   version, input files and creation time
 * @param warmupMethod {@code given}, or {@code detected} when the warm-up came from a pilot run
 * @param precision    the precision target's outcome, when replications were added until it was met
 * @param wallSeconds  wall-clock time of the simulation (not part of the results)
 */
public record RunSummary(Scenario scenario, Optional<RetrofitPlan> plan, List<ReplicationResult> replications,
                         LineEconomics economics, Provenance provenance, String warmupMethod,
                         Optional<Checks.Precision> precision, double wallSeconds) {

    public RunSummary {
        replications = List.copyOf(replications);
    }

    /** The results of this run as records. */
    public RunResults results() {
        return RunResultsBuilder.build(this);
    }

    /** A line or economics KPI by key (see {@link KpiCatalogue}). */
    public Estimate line(String key) {
        KpiCatalogue.LineEntry entry = KpiCatalogue.line(key);
        return Estimate.of(replications.stream().mapToDouble(r -> entry.value().of(this, r)).toArray());
    }

    /** A station KPI by station id and key (see {@link KpiCatalogue}). */
    public Estimate station(String id, String key) {
        int k = scenario.stations().indexOf(scenario.station(id)
                .orElseThrow(() -> new IllegalArgumentException("no station '" + id + "'")));
        KpiCatalogue.StationEntry entry = KpiCatalogue.STATION.stream().filter(e -> e.kpi().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no station KPI '" + key + "'"));
        double hours = scenario.run().observedHours();
        return Estimate.of(replications.stream().mapToDouble(r -> entry.value().of(r.stations().get(k), hours)).toArray());
    }

    /** Events executed over all replications. */
    public long events() {
        return replications.stream().mapToLong(ReplicationResult::events).sum();
    }
}
