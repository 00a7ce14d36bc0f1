package dev.linesim.experiment;

import dev.linesim.results.Kpi;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.Provenance;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.results.SizingResults;
import dev.linesim.results.SweepResults;
import dev.linesim.scenario.FlowShares;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.SweepGrid;
import dev.linesim.stats.Estimate;
import org.apache.commons.math3.distribution.TDistribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cheapest design of a grid that meets a target with a stated confidence.
 * <ol>
 * <li><b>Screening by capacity bounds.</b> A design whose line could not reach an output target even with no
 * breakdowns, blocking or starving (the smallest station design rate times the yield from that station to the end) is
 * dropped unsimulated: the bound is an upper bound, so no feasible design is dropped.</li>
 * <li><b>Tests in order of cost.</b> With a capex objective (capex follows from the inputs alone), the remaining k
 * designs are simulated cheapest first, all on the same seed (common random numbers), and a design is declared
 * feasible when the one-sided confidence bound of the target KPI at level 1 - alpha / k clears the target
 * (Bonferroni). The first feasible design is chosen, and the next two are simulated as runners-up.</li>
 * <li>With a cost-per-kWh objective every remaining design is simulated and tested the same way, and the feasible one
 * with the lowest mean cost per kWh is chosen.</li>
 * </ol>
 * Guarantee: the chance that any design declared feasible in fact misses the target is at most alpha. A cheaper
 * design that was not shown feasible may still meet the target; more replications would tell (its bound is reported).
 */
public final class Sizing {
    private static final Pattern TARGET = Pattern.compile("^\\s*([a-z_0-9]+)\\s*(>=|<=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*$");
    /** KPIs whose upper bound is known from the design rates. */
    private static final java.util.Set<String> OUTPUT_KPIS = java.util.Set.of("good_cells_per_h", "gwh_per_year");
    private static final int RUNNERS_UP = 2;

    private Sizing() {
    }

    /** A target such as {@code gwh_per_year >= 8}. */
    public record Target(String kpi, boolean atLeast, double value, String text) {
        /** Parses a target; null when it is not of the form {@code KPI >= VALUE} or {@code KPI <= VALUE}. */
        public static Target parse(String text) {
            Matcher m = TARGET.matcher(text);
            return m.matches() ? new Target(m.group(1), m.group(2).equals(">="), Double.parseDouble(m.group(3)), text.strip())
                    : null;
        }

        boolean met(double bound) {
            return atLeast ? bound >= value : bound <= value;
        }
    }

    public static SizingResults run(Path file, List<Overrides.Override> fixed, List<SweepGrid.Parameter> parameters,
                                    Target target, boolean byCapex, double confidence, UnaryOperator<RunSettings> settings,
                                    int threads, Consumer<String> progress) throws ScenarioException {
        List<Sweep.Design> designs = Sweep.designs(file, fixed, parameters, settings);
        int n = designs.size();
        double[] capex = new double[n];
        double[] bound = new double[n];
        for (int i = 0; i < n; i++) {
            Scenario s = designs.get(i).loaded().scenario();
            LineEconomics e = LineEconomics.of(s, designs.get(i).loaded().plan(), List.of());
            capex[i] = e.retrofit().map(r -> r.gross().movePointLeft(6).doubleValue())
                    .orElse(e.capitalBase().movePointLeft(6).doubleValue());
            bound[i] = upperBound(s, target.kpi());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> capex[i]));
        List<Integer> screened = order.stream().filter(i -> Double.isNaN(bound[i]) || !target.atLeast() || bound[i] >= target.value())
                .toList();
        int k = Math.max(1, screened.size());
        double alpha = 1 - confidence;
        String[] status = new String[n];
        Estimate[] kpi = new Estimate[n];
        Estimate[] cost = new Estimate[n];
        double[] confBound = new double[n];
        java.util.Arrays.fill(confBound, Double.NaN);
        for (int i = 0; i < n; i++) {
            status[i] = screened.contains(i) ? "not needed" : "screened out";
        }
        Kpi targetKpi = null;
        int chosen = -1;
        int afterChosen = 0;
        int simulated = 0;
        for (int i : screened) {
            if (byCapex && chosen >= 0 && afterChosen >= RUNNERS_UP) {
                break;
            }
            RunResults r = Experiment.run(designs.get(i).loaded(), threads, x -> { }).results();
            simulated++;
            KpiEstimate k0 = r.kpi(target.kpi()).orElseThrow(() -> new IllegalArgumentException("no KPI '" + target.kpi()
                    + "' in the results (expected a line or economics KPI key, such as gwh_per_year)"));
            kpi[i] = k0.estimate();
            targetKpi = k0.kpi();
            cost[i] = r.kpi("cost_per_kwh").map(KpiEstimate::estimate).orElse(null);
            confBound[i] = oneSided(kpi[i], alpha / k, target.atLeast());
            boolean feasible = target.met(confBound[i]);
            status[i] = feasible ? "feasible" : "infeasible";
            if (byCapex) {
                if (chosen >= 0) {
                    afterChosen++;
                } else if (feasible) {
                    chosen = i;
                }
            }
            progress.accept(String.format(Locale.ROOT, "candidate %d (%s): %s %s, %.2f M, %s", simulated,
                    String.join(", ", designs.get(i).values()), target.kpi(), fmt(kpi[i].mean()), capex[i], status[i]));
        }
        if (!byCapex) {
            chosen = screened.stream().filter(i -> "feasible".equals(status[i]) && cost[i] != null)
                    .min(Comparator.comparingDouble(i -> cost[i].mean())).orElse(-1);
        }
        List<SizingResults.Candidate> candidates = new ArrayList<>();
        List<Integer> listed = new ArrayList<>(order);
        int chosenListed = chosen < 0 ? -1 : listed.indexOf(chosen);
        for (int i : listed) {
            candidates.add(new SizingResults.Candidate(designs.get(i).values(), capex[i], bound[i], status[i], kpi[i],
                    confBound[i], cost[i]));
        }
        var loaded = designs.get(0).loaded();
        Provenance shared = Provenances.of(loaded.sources(), loaded.plan().isPresent(), threads,
                fixed.stream().map(Overrides.Override::text).toList());
        Scenario sc = loaded.scenario();
        dev.linesim.results.RunInfo run = new dev.linesim.results.RunInfo(sc.run().horizon(), sc.run().warmup(),
                sc.run().observedHours(), sc.run().replications(), sc.run().seed(), Estimate.LEVEL, sc.calendar().hoursPerDay(),
                sc.calendar().daysPerYear());
        String method = String.format(Locale.ROOT, "screening by capacity bounds, then one-sided Student-t bounds at"
                + " %.4g %% each (Bonferroni over %d candidates) on common random numbers; %s; chance that a design declared"
                + " feasible misses the target at most %.0f %%", 100 * (1 - alpha / k), k,
                byCapex ? "cheapest capex first, stopping at the first feasible design" : "every candidate simulated, the"
                        + " feasible one with the lowest cost per kWh chosen", 100 * alpha);
        List<SweepResults.Parameter> params = parameters.stream().map(x -> new SweepResults.Parameter(x.path(), x.values())).toList();
        String currency = sc.economics().currency();
        SizingResults timeless = new SizingResults(RunResults.FORMAT, shared.timeless(), sc.name(), run, target.text(),
                byCapex ? "capex" : "cost_per_kwh", confidence, params, candidates, chosenListed, method, targetKpi, currency);
        return new SizingResults(timeless.format(), shared.withDigest(ResultsFiles.sha256(ResultsFiles.json(timeless))),
                timeless.scenario(), run, timeless.target(), timeless.objective(), confidence, params, candidates,
                chosenListed, method, targetKpi, currency);
    }

    /** The one-sided bound at level 1 - a: mean - t s / sqrt(n) for a target from below, + for one from above. */
    static double oneSided(Estimate e, double a, boolean lower) {
        if (e.n() < 2 || Double.isNaN(e.sampleVariance())) {
            return Double.NaN;
        }
        double t = new TDistribution(null, e.n() - 1).inverseCumulativeProbability(1 - a);
        double half = t * Math.sqrt(e.sampleVariance() / e.n());
        return lower ? e.mean() - half : e.mean() + half;
    }

    /**
     * The most a line could make of an output KPI: the smallest, over its stations, of the design rate per cell of the
     * line's flow it sees ({@link FlowShares}) times the yield from that station to the end of line (delay stages
     * without a position limit never bind); NaN for other KPIs.
     */
    static double upperBound(Scenario s, String kpi) {
        if (!OUTPUT_KPIS.contains(kpi)) {
            return Double.NaN;
        }
        double cellsPerHour = Double.POSITIVE_INFINITY;
        Map<String, Double> shares = FlowShares.of(s);
        for (StationSpec st : s.stations()) {
            cellsPerHour = Math.min(cellsPerHour, st.designCellsPerHour() / shares.get(st.id()) * yieldToEnd(s, st));
        }
        return kpi.equals("good_cells_per_h") ? cellsPerHour
                : cellsPerHour * s.calendar().hoursPerYear() * s.product().whPerCell() / 1e9;
    }

    /** Share of a station's cells that pass every later station's scrap, along the way good cells go. */
    private static double yieldToEnd(Scenario s, StationSpec st) {
        double y = 1 - st.scrap();
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.List.of(st.id()));
        for (StationSpec at = s.next(st).orElse(null); at != null && seen.add(at.id()); at = s.next(at).orElse(null)) {
            y *= 1 - at.scrap();
        }
        return y;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
