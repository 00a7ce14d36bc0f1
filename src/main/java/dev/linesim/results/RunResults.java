package dev.linesim.results;

import java.util.List;
import java.util.Optional;

/**
 * Everything a run produced, as written to {@code results.json}: enough to print its tables and draw its
 * charts and report without the scenario file.
 *
 * @param format       version of the layout
 * @param provenance   version, inputs and their digests, creation time
 * @param scenario     what was simulated
 * @param run          run settings
 * @param kpis         line and economics KPIs, in catalogue order
 * @param stations     station figures in file order
 * @param bottleneck   the station that limits output, and how it was named
 * @param dailyOutput  good cells per day over the whole horizon, warm-up included
 * @param dailyWip     mean cells on the main path per day over the whole horizon
 * @param capital      capex items and totals
 * @param assumptions  inputs, as text for reports
 * @param checks       warm-up and precision checks, and the warnings they raise
 * @param decision     for a retrofit plan with a conversion section: its cash flows against staying liquid, estimated
 *                     from both lines' steady states (null otherwise)
 */
public record RunResults(int format, Provenance provenance, ScenarioInfo scenario, RunInfo run, List<KpiEstimate> kpis,
                         List<StationResults> stations, Bottleneck bottleneck, Series dailyOutput, Series dailyWip,
                         Capital capital, Assumptions assumptions, Checks checks, ConversionResults.Decision decision,
                         List<GradeResults> grades, List<CrewResults> crews) {
    /** Version of the results layout; raised when keys change meaning. */
    public static final int FORMAT = 3;

    public RunResults {
        kpis = List.copyOf(kpis);
        stations = List.copyOf(stations);
        grades = grades == null ? List.of() : List.copyOf(grades); // absent from files written before grading
        crews = crews == null ? List.of() : List.copyOf(crews);
    }

    public Optional<KpiEstimate> kpi(String key) {
        return kpis.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** A KPI that every run has; throws when absent. */
    public KpiEstimate required(String key) {
        return kpi(key).orElseThrow(() -> new IllegalArgumentException("results have no KPI '" + key + "'"));
    }

    public StationResults station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no station '" + id + "'"));
    }

    /** The same results with another provenance (a comparison gives its runs one shared provenance). */
    public RunResults withProvenance(Provenance p) {
        return new RunResults(format, p, scenario, run, kpis, stations, bottleneck, dailyOutput, dailyWip, capital, assumptions,
                checks, decision, grades, crews);
    }

    /** The same results with the decision's cash flows (the caller refreshes the digest). */
    public RunResults withDecision(ConversionResults.Decision d) {
        return new RunResults(format, provenance, scenario, run, kpis, stations, bottleneck, dailyOutput, dailyWip, capital,
                assumptions, checks, d, grades, crews);
    }
}
