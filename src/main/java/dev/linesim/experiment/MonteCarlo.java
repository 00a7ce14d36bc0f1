package dev.linesim.experiment;

import dev.linesim.results.KpiEstimate;
import dev.linesim.results.MonteCarloResults;
import dev.linesim.results.Provenance;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.results.SweepResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.UncertainInputs;
import dev.linesim.stats.Estimate;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Monte Carlo over uncertain inputs: draw {@code d} takes each input from its distribution (its own seeded stream), runs
 * the line with those values for the inner replications on seed {@code run seed + d} (so draws are independent), and
 * keeps every KPI. Over the draws each chosen KPI gets its mean, P10/P50/P90 and, for NPV and payback, the share of draws
 * that clear the bar; the variance of single replications is split into what the inputs and what the line's randomness
 * contribute (one-way random-effects analysis: between-draw variance of the means less within-draw variance / n).
 */
public final class MonteCarlo {
    /** KPIs summarised by default, when the runs have them. */
    public static final List<String> DEFAULT_KPIS = List.of("npv_millions", "simple_payback_years", "cost_per_kwh",
            "gwh_per_year");

    private MonteCarlo() {
    }

    /** Loads and checks every draw before simulating any, then runs them in order. */
    public static MonteCarloResults run(Path file, List<Overrides.Override> fixed, UncertainInputs u,
                                        UnaryOperator<RunSettings> settings, List<String> kpis, double paybackYears,
                                        int threads, Consumer<String> progress) throws ScenarioException {
        return run(file, fixed, u, settings, kpis, paybackYears, false, threads, progress);
    }

    /**
     * With {@code timeline}, each draw of a plan simulates its conversion week by week ({@code linesim convert}, with
     * the inner replications as its replications), so ramp-up and timing inputs count; otherwise each draw is a
     * steady-state run and its decision comes from the two steady states.
     */
    public static MonteCarloResults run(Path file, List<Overrides.Override> fixed, UncertainInputs u,
                                        UnaryOperator<RunSettings> settings, List<String> kpis, double paybackYears,
                                        boolean timeline, int threads, Consumer<String> progress) throws ScenarioException {
        return run(designs(file, fixed, u, settings, timeline), fixed, u, kpis, paybackYears, timeline, threads, progress);
    }

    /** Runs draws made by {@link #designs} (with the same {@code timeline}). */
    public static MonteCarloResults run(List<Sweep.Design> seeded, List<Overrides.Override> fixed, UncertainInputs u,
                                        List<String> kpis, double paybackYears, boolean timeline, int threads,
                                        Consumer<String> progress) {
        Sweep.Simulated sim = timeline ? timelines(seeded, u.inputs().size(), threads, progress)
                : Sweep.simulate(seeded, threads, progress);
        List<String> shown = Sweep.shown(kpis, sim.points().get(0));
        List<MonteCarloResults.Summary> summaries = new ArrayList<>();
        for (String key : shown) {
            summaries.add(summary(key, sim.points(), paybackYears));
        }
        RunResults first = sim.first();
        Provenance p = first.provenance();
        Provenance shared = new Provenance(p.linesimVersion(), p.javaVersion(), p.inputs(),
                fixed.stream().map(Overrides.Override::text).toList(), p.environment(), null);
        List<MonteCarloResults.Input> inputs = u.inputs().stream().map(i -> new MonteCarloResults.Input(i.path(),
                i.describe())).toList();
        MonteCarloResults m = new MonteCarloResults(RunResults.FORMAT, shared, first.scenario().name(), first.run(), inputs,
                sim.points(), summaries);
        return new MonteCarloResults(m.format(), shared.withDigest(ResultsFiles.digest(m)), m.scenario(), m.run(), inputs,
                m.draws(), summaries);
    }

    /**
     * Every draw loaded and checked, in order: its inputs drawn from their streams, its inner replications, and its own
     * seed (the run seed + the draw's index) so the line's randomness is independent between draws.
     */
    public static List<Sweep.Design> designs(Path file, List<Overrides.Override> fixed, UncertainInputs u,
                                             UnaryOperator<RunSettings> settings, boolean timeline) throws ScenarioException {
        InputSampler sampler = new InputSampler(u.seed());
        List<List<String>> points = new ArrayList<>();
        for (int d = 0; d < u.draws(); d++) {
            double[] uniforms = sampler.uniforms(d, u.inputs().size());
            List<String> point = new ArrayList<>();
            for (int i = 0; i < u.inputs().size(); i++) {
                UncertainInputs.Input in = u.inputs().get(i);
                point.add(in.path() + "=" + in.valueAt(uniforms[i], sampler));
            }
            if (timeline) { // the conversion's own replications and a seed per draw, for the base line too
                point.add("conversion.replications=" + u.replications());
            }
            points.add(point);
        }
        List<Sweep.Design> designs = Sweep.designsAt(file, fixed, points, r -> settings.apply(r).withReplications(u.replications()));
        List<Sweep.Design> seeded = new ArrayList<>();
        for (int d = 0; d < designs.size(); d++) { // independent line randomness per draw
            Sweep.Design x = designs.get(d);
            RunSettings r = x.loaded().scenario().run();
            seeded.add(new Sweep.Design(x.values(), x.loaded().withRun(r.withSeed(r.seed() + d))));
        }
        return seeded;
    }

    /** A draw's plan for its conversion: both lines on the draw's seed, the converted line on the draw's run settings. */
    private static dev.linesim.scenario.retrofit.RetrofitPlan seeded(Sweep.Design x) {
        dev.linesim.scenario.retrofit.RetrofitPlan plan = x.loaded().plan().filter(p -> p.conversion().isPresent())
                .orElseThrow(() -> new IllegalArgumentException("--timeline needs a retrofit plan with a conversion section"));
        RunSettings r = x.loaded().scenario().run();
        return new dev.linesim.scenario.retrofit.RetrofitPlan(plan.name(),
                plan.base().withRun(plan.base().run().withSeed(r.seed())), plan.converted().withRun(r), plan.fates(),
                plan.changes(), plan.conversion(), plan.resolvedYaml(), plan.sources(), plan.replaced());
    }

    /** The line simulations of a Monte Carlo, for sharding: with {@code timeline}, every draw's conversion study. */
    public static List<dev.linesim.scenario.Scenario> simulations(List<Sweep.Design> designs, boolean timeline) {
        if (!timeline) {
            return Sweep.simulations(designs);
        }
        List<dev.linesim.scenario.Scenario> all = new ArrayList<>();
        designs.forEach(x -> all.addAll(ConversionStudy.simulations(seeded(x))));
        return all;
    }

    /** The timelines of a timeline Monte Carlo's conversion runs (none for a steady-state one), for sharding. */
    public static Map<dev.linesim.scenario.Scenario, dev.linesim.line.Timeline> timelines(List<Sweep.Design> designs,
                                                                                         boolean timeline) {
        Map<dev.linesim.scenario.Scenario, dev.linesim.line.Timeline> all = new HashMap<>();
        if (timeline) {
            designs.forEach(x -> all.putAll(ConversionStudy.timelines(seeded(x))));
        }
        return all;
    }

    /** Each draw's conversion simulated week by week; its KPIs are the converted line's and the decision's. */
    private static Sweep.Simulated timelines(List<Sweep.Design> designs, int inputs, int threads, Consumer<String> progress) {
        List<SweepResults.Point> points = new ArrayList<>();
        RunResults first = null;
        for (int d = 0; d < designs.size(); d++) {
            Sweep.Design x = designs.get(d);
            dev.linesim.scenario.retrofit.RetrofitPlan seeded = seeded(x);
            ConversionStudy study = ConversionStudy.run(seeded, threads);
            RunResults converted = study.converted().results();
            first = first == null ? converted : first;
            List<KpiEstimate> kpis = new ArrayList<>(converted.kpis());
            study.cash().ifPresent(c -> kpis.addAll(Sweep.decisionKpis(ConversionCashFlows.decision(seeded,
                    seeded.conversion().orElseThrow(), c, ConversionCashFlows.SIMULATED))));
            List<String> values = x.values().subList(0, inputs);
            points.add(new SweepResults.Point(values, kpis, converted.bottleneck().station()));
            progress.accept(String.format(java.util.Locale.ROOT, "draw %d/%d done: %s", d + 1, designs.size(),
                    String.join(", ", values)));
        }
        return new Sweep.Simulated(points, first, designs);
    }

    /** The spread of one KPI over the draws. */
    static MonteCarloResults.Summary summary(String key, List<SweepResults.Point> draws, double paybackYears) {
        List<Estimate> defined = draws.stream().map(d -> d.kpi(key).map(KpiEstimate::estimate).orElse(null))
                .filter(e -> e != null && !Double.isNaN(e.mean())).toList();
        double[] means = defined.stream().mapToDouble(Estimate::mean).toArray();
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double mean = Arrays.stream(means).average().orElse(Double.NaN);
        boolean payback = key.endsWith("payback_years");
        double threshold = key.equals("npv_millions") ? 0 : payback ? paybackYears : Double.NaN;
        double share = Double.NaN;
        if (!Double.isNaN(threshold)) {
            long hits = payback ? Arrays.stream(means).filter(v -> v <= threshold).count()
                    : Arrays.stream(means).filter(v -> v > threshold).count();
            share = (double) hits / draws.size(); // a draw that never pays back counts as missing the bar
        }
        var kpi = draws.get(0).kpi(key).orElseThrow().kpi();
        return new MonteCarloResults.Summary(kpi, mean, pct(q, means, 10), pct(q, means, 50), pct(q, means, 90),
                inputShare(defined), threshold, share, means.length);
    }

    /**
     * The share of the variance of a single replication's value that the inputs explain: with m draws of n inner
     * replications, between = var(draw means) - mean(within variance) / n (the part of the means' spread not explained
     * by inner noise, clipped at 0), and the share is between / (between + mean within variance).
     */
    static double inputShare(List<Estimate> draws) {
        if (draws.size() < 2) {
            return Double.NaN;
        }
        double[] means = draws.stream().mapToDouble(Estimate::mean).toArray();
        double m = Arrays.stream(means).average().orElseThrow();
        double varMeans = Arrays.stream(means).map(v -> (v - m) * (v - m)).sum() / (means.length - 1);
        double within = draws.stream().mapToDouble(Estimate::sampleVariance).filter(v -> !Double.isNaN(v)).average()
                .orElse(0);
        double n = draws.stream().mapToInt(Estimate::n).average().orElse(1);
        double between = Math.max(0, varMeans - within / n);
        return between + within == 0 ? Double.NaN : between / (between + within);
    }

    private static double pct(Percentile q, double[] values, double p) {
        return values.length == 0 ? Double.NaN : q.evaluate(values, p);
    }
}
