package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import dev.linesim.line.StationResult;
import dev.linesim.scenario.Scenario;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.linesim.scenario.RetrofitPlan;
import java.util.function.ToDoubleFunction;

/**
 * Every KPI of a run as an estimate over its replications.
 *
 * @param scenario      the scenario simulated
 * @param replications  the raw results, in replication order
 * @param line          line-level KPIs
 * @param stations      per-station KPIs in file order
 * @param dailyGood     good cells per observed day (day 1 first)
 * @param economics     capital and cost per kWh
 * @param plan          the retrofit plan the line comes from, if any
 * @param wallSeconds   wall-clock time of the simulation (not part of the results)
 */
public record RunSummary(Scenario scenario, List<ReplicationResult> replications, LineKpis line,
                         List<StationKpis> stations, List<Estimate> dailyGood, LineEconomics economics,
                         Optional<RetrofitPlan> plan, double wallSeconds) {

    /** Line-level KPIs. */
    public record LineKpis(Estimate cellsPerHour, Estimate cellsPerYear, Estimate gwhPerYear, Estimate goodCellsPerDay,
                           Estimate overallYield, Estimate wipCells, Estimate leadTimeHours) {
    }

    /** Per-station KPIs; time shares are of machine-time. */
    public record StationKpis(String id, String name, String unit, int machines, Estimate yield, Estimate busy,
                              Estimate blocked, Estimate starved, Estimate down, Estimate idle,
                              Estimate utilisation, Estimate occupancy, Estimate wipCells, Estimate goodOutPerHour) {
    }

    static RunSummary of(Scenario scenario, List<ReplicationResult> results, double wallSeconds) {
        double hoursPerYear = scenario.calendar().hoursPerYear();
        double whPerCell = scenario.product().whPerCell();
        Estimate perHour = over(results, ReplicationResult::cellsPerHour);
        LineKpis line = new LineKpis(perHour, perHour.times(hoursPerYear), perHour.times(hoursPerYear * whPerCell / 1e9),
                perHour.times(24), over(results, ReplicationResult::overallYield),
                over(results, ReplicationResult::wipCells), over(results, ReplicationResult::leadTimeHours));
        List<StationKpis> stations = new ArrayList<>();
        double hours = scenario.run().observedHours();
        for (int i = 0; i < scenario.stations().size(); i++) {
            int k = i;
            var spec = scenario.stations().get(i);
            stations.add(new StationKpis(spec.id(), spec.name(), spec.unit(), spec.machines(),
                    station(results, k, StationResult::yield), station(results, k, StationResult::busy),
                    station(results, k, StationResult::blocked), station(results, k, StationResult::starved),
                    station(results, k, StationResult::down), station(results, k, StationResult::idle),
                    station(results, k, StationResult::utilisation), station(results, k, StationResult::occupancy),
                    station(results, k, StationResult::wipCells), station(results, k, r -> r.goodOut() / hours)));
        }
        List<Estimate> daily = new ArrayList<>();
        int days = results.isEmpty() ? 0 : results.get(0).dailyGoodCells().length;
        for (int d = 0; d < days; d++) {
            int day = d;
            daily.add(over(results, r -> r.dailyGoodCells()[day]));
        }
        return new RunSummary(scenario, List.copyOf(results), line, stations, daily,
                LineEconomics.of(scenario, Optional.empty(), results), Optional.empty(), wallSeconds);
    }

    /** The same run, with the economics of the retrofit plan the simulated line comes from. */
    public RunSummary forPlan(RetrofitPlan p) {
        return new RunSummary(scenario, replications, line, stations, dailyGood,
                LineEconomics.of(scenario, Optional.of(p), replications), Optional.of(p), wallSeconds);
    }

    private static Estimate over(List<ReplicationResult> results, ToDoubleFunction<ReplicationResult> f) {
        return Estimate.of(results.stream().mapToDouble(f).toArray());
    }

    private static Estimate station(List<ReplicationResult> results, int k, ToDoubleFunction<StationResult> f) {
        return Estimate.of(results.stream().mapToDouble(r -> f.applyAsDouble(r.stations().get(k))).toArray());
    }

    /** The KPIs of one station. */
    public StationKpis station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no station '" + id + "'"));
    }

    /** Events executed over all replications. */
    public long events() {
        return replications.stream().mapToLong(ReplicationResult::events).sum();
    }
}
