package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.RetrofitPlan;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.stats.Estimate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Scenarios run side by side with common random numbers: the same run settings and seed for all, so a
 * station present in several scenarios draws the same numbers in each, and replication r of one is paired
 * with replication r of the others. Differences against the first scenario are estimated from the paired
 * per-replication differences, which cancels most of the noise they share.
 *
 * @param runs    one run per scenario, in the order given
 * @param metrics the compared KPIs
 */
public record Comparison(List<RunSummary> runs, List<Metric> metrics) {

    /** A scenario to compare: its line, and the plan it comes from, if any. */
    public record Entry(Scenario scenario, Optional<RetrofitPlan> plan) {
    }

    /**
     * One KPI across the scenarios.
     *
     * @param name        metric key
     * @param unit        unit of the values
     * @param values      the estimate for each scenario
     * @param differences each scenario minus the first (the first's is zero), from paired replications
     */
    public record Metric(String name, String unit, List<Estimate> values, List<Estimate> differences) {
    }

    /** Runs every entry on {@code settings} and compares them to the first. */
    public static Comparison run(List<Entry> entries, RunSettings settings, int threads) {
        List<RunSummary> runs = new ArrayList<>();
        for (Entry e : entries) {
            RunSummary r = Experiment.run(e.scenario().withRun(settings), threads, x -> { });
            runs.add(e.plan().map(r::forPlan).orElse(r));
        }
        return of(runs);
    }

    /** Compares runs that used the same run settings. */
    public static Comparison of(List<RunSummary> runs) {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(metric(runs, "good_cells_per_h", "cells/h", (run, r) -> r.cellsPerHour()));
        metrics.add(metric(runs, "gwh_per_year", "GWh/yr", (run, r) -> r.cellsPerHour()
                * run.scenario().calendar().hoursPerYear() * run.scenario().product().whPerCell() / 1e9));
        metrics.add(metric(runs, "overall_yield", "fraction", (run, r) -> r.overallYield()));
        metrics.add(metric(runs, "lead_time_h", "h", (run, r) -> r.leadTimeHours()));
        String currency = runs.get(0).economics().currency();
        if (runs.stream().anyMatch(r -> r.economics().priced())) {
            metrics.add(metric(runs, "capital_employed", "M" + currency,
                    (run, r) -> run.economics().capitalBase().movePointLeft(6).doubleValue()));
            metrics.add(metric(runs, "capital_per_kwh_year", currency + "/(kWh/yr)",
                    (run, r) -> run.economics().capexPerKwhYearByReplication()[r.replication()]));
        }
        if (runs.stream().allMatch(r -> r.economics().costPerKwh().isPresent())) {
            metrics.add(metric(runs, "cost_per_kwh", currency + "/kWh",
                    (run, r) -> run.economics().costPerKwhByReplication()[r.replication()]));
        }
        if (runs.stream().anyMatch(r -> r.economics().retrofit().isPresent())) {
            metrics.add(metric(runs, "retrofit_capex", "M" + currency, (run, r) -> run.economics().retrofit()
                    .map(x -> x.gross().movePointLeft(6)).orElse(BigDecimal.ZERO).doubleValue()));
        }
        return new Comparison(List.copyOf(runs), metrics);
    }

    /** A per-replication value of one run. */
    @FunctionalInterface
    interface Kpi {
        double of(RunSummary run, ReplicationResult replication);
    }

    private static Metric metric(List<RunSummary> runs, String name, String unit, Kpi kpi) {
        List<Estimate> values = new ArrayList<>();
        List<Estimate> differences = new ArrayList<>();
        RunSummary first = runs.get(0);
        for (RunSummary run : runs) {
            values.add(Estimate.of(perReplication(run, r -> kpi.of(run, r))));
            int n = Math.min(run.replications().size(), first.replications().size());
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = kpi.of(run, run.replications().get(i)) - kpi.of(first, first.replications().get(i));
            }
            differences.add(Estimate.of(d));
        }
        return new Metric(name, unit, values, differences);
    }

    private static double[] perReplication(RunSummary run, ToDoubleFunction<ReplicationResult> f) {
        return run.replications().stream().mapToDouble(f).toArray();
    }
}
