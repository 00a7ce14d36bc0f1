package dev.linesim.experiment;

import dev.linesim.results.ConversionResults;
import dev.linesim.results.Format;
import dev.linesim.results.Kpi;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.Provenance;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.results.Scope;
import dev.linesim.results.SweepResults;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.input.SweepGrid;
import dev.linesim.stats.Estimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A sweep: every combination of the swept values (a full grid), each simulated as its own run with the same run
 * settings and seed, so every design point shares its random numbers with the others (common random numbers) and
 * differences between points are not noise from different draws. A plan's points carry its decision against
 * staying liquid (from the steady states); its base line is simulated once for all points that leave it unchanged.
 */
public final class Sweep {
    /** KPIs drawn by default, when the runs have them. */
    public static final List<String> DEFAULT_CHART_KPIS = List.of("gwh_per_year", "cost_per_kwh", "retrofit_capex",
            "npv_millions", "simple_payback_years");

    private Sweep() {
    }

    /** A design point ready to run: its overrides and the file loaded with them. */
    public record Design(List<String> values, ScenarioLoader.Loaded loaded) {
        /** What this point sets, as written: {@code PATH=VALUE, ...} (its overrides end with the varied ones). */
        String varied() {
            List<String> all = loaded.overrides();
            return String.join(", ", all.subList(all.size() - values.size(), all.size()));
        }
    }

    /**
     * Loads every design point before anything is simulated, so a bad value anywhere stops the sweep at once;
     * problems of all points are thrown together.
     */
    public static List<Design> designs(Path file, List<Overrides.Override> fixed, List<SweepGrid.Parameter> parameters,
                                       UnaryOperator<RunSettings> settings) throws ScenarioException {
        return designsAt(file, fixed, SweepGrid.points(parameters), settings);
    }

    /** The design points given as lists of {@code PATH=VALUE}, each loaded and checked before anything runs. */
    public static List<Design> designsAt(Path file, List<Overrides.Override> fixed, List<List<String>> points,
                                       UnaryOperator<RunSettings> settings) throws ScenarioException {
        List<Design> designs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (List<String> point : points) {
            try {
                List<Overrides.Override> all = new ArrayList<>(fixed);
                all.addAll(Overrides.parse(point));
                ScenarioLoader.Loaded l = ScenarioLoader.open(file, all);
                designs.add(new Design(point.stream().map(p -> p.substring(p.indexOf('=') + 1)).toList(),
                        l.withRun(settings.apply(l.scenario().run()))));
            } catch (ScenarioException e) {
                e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return designs;
    }

    /** Runs every design point in grid order; {@code progress} hears each point end. */
    public static SweepResults run(List<Design> designs, List<SweepGrid.Parameter> parameters, List<String> chartKpis,
                                   int threads, Consumer<String> progress) {
        Simulated sim = simulate(designs, threads, progress);
        List<String> shown = shown(chartKpis, sim.points().get(0));
        List<SweepResults.Parameter> params = parameters.stream().map(p -> new SweepResults.Parameter(p.path(), p.values())).toList();
        Provenance fixed = sim.fixedProvenance(parameters.size());
        SweepResults s = new SweepResults(RunResults.FORMAT, fixed, sim.first().scenario().name(), sim.first().run(), params,
                shown, sim.points());
        return new SweepResults(s.format(), fixed.withDigest(ResultsFiles.digest(s)), s.scenario(), s.run(), params, shown,
                sim.points());
    }

    /** A point as its progress line names it: what it sets, or its number when that is too long to read (a draw). */
    private static String label(Design d, int index) {
        if (d.values().isEmpty()) {
            return "as in the file";
        }
        return d.values().size() <= 3 ? d.varied() : "point " + (index + 1);
    }

    /** The chosen KPIs that the runs have. */
    static List<String> shown(List<String> chartKpis, SweepResults.Point any) {
        return chartKpis.stream().filter(k -> any.kpi(k).isPresent()).toList();
    }

    /**
     * The design points simulated, in order, with the first point's results (for the run settings and provenance).
     *
     * @param points  every point's KPIs
     * @param first   the first point's full results
     * @param designs the designs simulated
     */
    record Simulated(List<SweepResults.Point> points, RunResults first, List<Design> designs) {
        /** The provenance of the study: the files, and the overrides every point shares (the varied ones left out). */
        Provenance fixedProvenance(int varied) {
            Provenance p = first.provenance();
            List<String> all = designs.get(0).loaded().overrides();
            return new Provenance(p.linesimVersion(), p.javaVersion(), p.inputs(), all.subList(0, all.size() - varied),
                    p.environment(), null);
        }
    }

    /** The line simulations {@link #simulate} asks for, for sharding: every point, and a plan's base lines. */
    public static List<Scenario> simulations(List<Design> designs) {
        List<Scenario> all = new ArrayList<>();
        for (Design d : designs) {
            Scenario s = d.loaded().scenario();
            all.add(s);
            d.loaded().plan().filter(p -> p.conversion().isPresent()).ifPresent(p -> all.add(p.base().withRun(s.run())));
        }
        return all;
    }

    /**
     * Simulates every design point (a plan's base line once for all the points that leave it unchanged). Points run
     * side by side, each on its share of the threads: a point's few replications (a Monte Carlo draw has 3) would
     * otherwise leave threads idle at the end of every point. Results do not depend on how the threads are shared.
     */
    static Simulated simulate(List<Design> designs, int threads, Consumer<String> progress) {
        int workers = Math.max(1, Math.min(threads, designs.size()));
        int perPoint = Math.max(1, threads / workers);
        Map<Scenario, RunSummary> bases = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        List<RunResults> results = Replications.run(designs.size(), workers, i -> {
            Design d = designs.get(i);
            RunSummary run = Experiment.run(d.loaded(), perPoint, threads, x -> { });
            Optional<RunSummary> base = run.plan().filter(p -> p.conversion().isPresent()).map(p -> bases.computeIfAbsent(
                    p.base().withRun(run.scenario().run()), b -> Experiment.run(new ScenarioLoader.Loaded(b, Optional.empty(),
                            List.of()), perPoint, threads, x -> { })));
            RunResults r = Experiment.results(d.loaded(), run, perPoint, base);
            synchronized (done) { // counted and told together, so the lines come in order
                progress.accept(String.format(java.util.Locale.ROOT, "%d of %d points done, the last: %s",
                        done.incrementAndGet(), designs.size(), label(d, i)));
            }
            return r;
        });
        List<SweepResults.Point> points = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            RunResults r = results.get(i);
            List<KpiEstimate> kpis = new ArrayList<>(r.kpis());
            if (r.decision() != null) {
                kpis.addAll(decisionKpis(r.decision()));
            }
            points.add(new SweepResults.Point(designs.get(i).values(), kpis, r.bottleneck().station()));
        }
        return new Simulated(points, results.isEmpty() ? null : results.get(0), designs);
    }

    /** The decision's figures as KPIs of the point (their per-replication values are not kept). */
    static List<KpiEstimate> decisionKpis(ConversionResults.Decision d) {
        return List.of(
                kpi("npv_millions", "NPV of converting", "M" + d.currency(), Format.DECIMAL_1,
                        "net present value over " + d.planningYears() + " years against staying liquid, " + d.basis(), d.npvMillions()),
                kpi("irr", "IRR of converting", "fraction", Format.PERCENT, "internal rate of return of the same cash flows", d.irr()),
                kpi("simple_payback_years", "Payback from first outlay", "years", Format.DECIMAL_1,
                        "years from the first outlay until the cumulative cash position is back to zero", d.simplePaybackYears()),
                kpi("discounted_payback_years", "Discounted payback", "years", Format.DECIMAL_1,
                        "the same with the cash flows discounted", d.discountedPaybackYears()));
    }

    private static KpiEstimate kpi(String key, String label, String unit, Format f, String definition, Estimate e) {
        return new KpiEstimate(new Kpi(key, label, unit, Scope.ECONOMICS, definition, f), e, List.of());
    }
}
