package dev.linesim.experiment;

import dev.linesim.results.ComparisonResults;
import dev.linesim.results.Kpi;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Scenarios run side by side with common random numbers: the same run settings and seed for all, so a
 * station present in several scenarios draws the same numbers in each, and replication r of one is paired
 * with replication r of the others. Differences against the first scenario are estimated from the paired
 * per-replication differences, which cancels most of the noise they share.
 */
public final class Comparison {
    /** The KPIs compared, in this order, where every scenario has them. */
    public static final List<String> HEADLINE = List.of("good_cells_per_h", "gwh_per_year", "overall_yield", "lead_time_days",
            "capital_employed", "capital_per_kwh_year", "cost_per_kwh", "retrofit_capex");
    /** A line converts nothing: its retrofit capex is zero, so a plan's can be set against it. */
    private static final String ZERO_FOR_LINES = "retrofit_capex";

    private Comparison() {
    }

    /** Runs every file on {@code settings} and compares them to the first; {@code progress} hears each scenario start. */
    public static ComparisonResults run(List<ScenarioLoader.Loaded> entries, RunSettings settings, int threads,
                                        Consumer<String> progress) {
        List<RunSummary> summaries = new ArrayList<>();
        for (ScenarioLoader.Loaded e : entries) {
            progress.accept("simulating " + e.scenario().name() + " (" + (summaries.size() + 1) + "/" + entries.size() + ")");
            summaries.add(Experiment.run(e.withRun(settings), threads, x -> { }));
        }
        List<RunResults> runs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RunSummary s = summaries.get(i);
            // a plan compared with its own base line takes that run for its cash flows; otherwise its base is simulated
            Optional<RunSummary> base = s.plan().flatMap(p -> summaries.stream().filter(o -> o.plan().isEmpty()
                    && isBase(p, o.scenario())).findFirst());
            if (s.plan().flatMap(p -> p.conversion()).isPresent() && base.isEmpty()) {
                progress.accept("simulating the base line of " + s.scenario().name() + " for its cash flows");
            }
            runs.add(Experiment.results(entries.get(i).withRun(settings), s, threads, base));
        }
        return of(runs, ScenarioLabels.of(entries));
    }

    /** Whether a line of the comparison is the base line of a plan in it, so the plan's decision takes its run. */
    private static boolean isBase(dev.linesim.scenario.retrofit.RetrofitPlan plan, dev.linesim.scenario.Scenario line) {
        return line.name().equals(plan.base().name()) && line.stations().equals(plan.base().stations());
    }

    /** The line simulations {@link #run} asks for, for sharding: every entry, and the base of a plan not compared with it. */
    public static List<dev.linesim.scenario.Scenario> simulations(List<ScenarioLoader.Loaded> entries, RunSettings settings) {
        List<ScenarioLoader.Loaded> set = entries.stream().map(e -> e.withRun(settings)).toList();
        List<dev.linesim.scenario.Scenario> all = new ArrayList<>(set.stream().map(ScenarioLoader.Loaded::scenario).toList());
        for (ScenarioLoader.Loaded e : set) {
            boolean compared = e.plan().isPresent() && set.stream().anyMatch(o -> o.plan().isEmpty()
                    && isBase(e.plan().get(), o.scenario()));
            if (!compared) {
                Experiment.decisionBase(e.plan(), e.scenario()).ifPresent(all::add);
            }
        }
        return all;
    }

    /** Compares runs that used the same run settings, labelled by their names; pure. */
    public static ComparisonResults of(List<RunResults> runs) {
        return of(runs, runs.stream().map(r -> r.scenario().name()).toList());
    }

    /** Compares runs that used the same run settings; pure. */
    public static ComparisonResults of(List<RunResults> runs, List<String> labels) {
        List<ComparisonResults.ComparedKpi> kpis = new ArrayList<>();
        for (String key : HEADLINE) {
            List<Optional<KpiEstimate>> found = runs.stream().map(r -> r.kpi(key)).toList();
            boolean everywhere = found.stream().allMatch(Optional::isPresent);
            boolean zeroFill = key.equals(ZERO_FOR_LINES) && found.stream().anyMatch(Optional::isPresent);
            if (!everywhere && !zeroFill) {
                continue;
            }
            Kpi kpi = found.stream().flatMap(Optional::stream).findFirst().orElseThrow().kpi();
            List<List<Double>> values = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                int n = runs.get(i).run().replications();
                values.add(found.get(i).map(KpiEstimate::replications).orElse(Collections.nCopies(n, 0.0)));
            }
            kpis.add(compare(kpi, values));
        }
        ComparisonResults c = new ComparisonResults(RunResults.FORMAT,
                Provenances.combined(runs.stream().map(RunResults::provenance).toList()), runs, labels, kpis);
        return c.withProvenance(c.provenance().withDigest(ResultsFiles.digest(c)));
    }

    private static ComparisonResults.ComparedKpi compare(Kpi kpi, List<List<Double>> values) {
        List<Estimate> estimates = new ArrayList<>();
        List<Estimate> differences = new ArrayList<>();
        List<Boolean> significant = new ArrayList<>();
        List<Double> first = values.get(0);
        for (int i = 0; i < values.size(); i++) {
            List<Double> v = values.get(i);
            estimates.add(Estimate.of(v.stream().mapToDouble(Double::doubleValue).toArray()));
            int n = Math.min(v.size(), first.size());
            double[] d = new double[n];
            for (int r = 0; r < n; r++) {
                d[r] = v.get(r) - first.get(r);
            }
            Estimate diff = Estimate.of(d);
            differences.add(diff);
            significant.add(i > 0 && diff.excludes(0));
        }
        return new ComparisonResults.ComparedKpi(kpi, estimates, differences, significant);
    }
}
