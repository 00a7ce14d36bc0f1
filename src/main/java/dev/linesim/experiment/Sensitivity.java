package dev.linesim.experiment;

import dev.linesim.results.Provenance;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.results.SensitivityResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One-at-a-time sensitivity: the scenario as it is, then each parameter moved to its low and to its high value with
 * every other input left as in the file. All 2k + 1 runs share their random numbers (the same seed), so a bar's length
 * is the parameter's effect, not noise from different draws.
 */
public final class Sensitivity {
    /** KPIs drawn by default, when the runs have them. */
    public static final List<String> DEFAULT_CHART_KPIS = List.of("gwh_per_year", "cost_per_kwh", "retrofit_capex",
            "npv_millions", "simple_payback_years");

    private Sensitivity() {
    }

    /** A parameter with its low and high values. */
    public record Range(String path, String low, String high) {
    }

    /**
     * The 2k + 1 runs, in order (the file as it is, then each parameter at its low and its high value), all loaded and
     * checked before anything is simulated.
     */
    public static List<Sweep.Design> designs(Path file, List<Overrides.Override> fixed, List<Range> ranges,
                                             UnaryOperator<RunSettings> settings) throws ScenarioException {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (Range r : ranges) {
            points.add(List.of(r.path() + "=" + r.low()));
            points.add(List.of(r.path() + "=" + r.high()));
        }
        return Sweep.designsAt(file, fixed, points, settings);
    }

    /** Simulates the {@link #designs} of {@code ranges} and sets each parameter's low and high runs against the first. */
    public static SensitivityResults run(List<Sweep.Design> designs, List<Overrides.Override> fixed, List<Range> ranges,
                                         List<String> chartKpis, int threads, Consumer<String> progress) {
        Sweep.Simulated sim = Sweep.simulate(designs, threads, progress);
        List<SensitivityResults.Factor> factors = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            factors.add(new SensitivityResults.Factor(r.path(), r.low(), r.high(), sim.points().get(1 + 2 * i),
                    sim.points().get(2 + 2 * i)));
        }
        RunResults first = sim.first();
        Provenance p = first.provenance();
        Provenance shared = new Provenance(p.linesimVersion(), p.javaVersion(), p.inputs(),
                fixed.stream().map(Overrides.Override::text).toList(), p.environment(), null);
        List<String> shown = Sweep.shown(chartKpis, sim.points().get(0));
        SensitivityResults s = new SensitivityResults(RunResults.FORMAT, shared, first.scenario().name(), first.run(), shown,
                sim.points().get(0), factors);
        return new SensitivityResults(s.format(), shared.withDigest(ResultsFiles.digest(s)), s.scenario(), s.run(), shown,
                s.base(), factors);
    }
}
