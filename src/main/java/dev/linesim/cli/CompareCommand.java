package dev.linesim.cli;

import dev.linesim.experiment.Comparison;
import dev.linesim.experiment.Precomputed;
import dev.linesim.report.ComparisonReport;
import dev.linesim.report.Outputs;
import dev.linesim.results.ComparisonResults;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesim compare A B [C...]}: paired differences against the first scenario, with common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run scenarios with common random numbers and report each KPI with its paired difference"
                + " to the first scenario (95%% CI): throughput, GWh/yr, yield, lead time, capital, cost per kWh.",
                "All scenarios use the first one's run settings (horizon, warm-up, replications, seed) unless overridden.",
                "Writes comparison.json, comparison.csv, charts/ and report.pdf to reports/compare-<first>-vs-<others>/ (or --out)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    OverrideOptions overrides;
    @Mixin
    StacktraceOption stacktrace;
    @Mixin
    RunSettingsOptions settings;
    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files or retrofit plans; the first is the reference.")
    List<Path> files;
    @Mixin
    OutputOptions output;
    @Mixin
    ChartOptionsMixin charts;
    @Mixin
    WorkLimit limit;
    @Mixin
    ShardOptions shard;

    @Override
    public Integer call() throws ScenarioException {
        var drawing = charts.options();
        List<ScenarioLoader.Loaded> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                entries.add(ScenarioLoader.open(f, overrides.parsed()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        var run = settings.apply(entries.get(0).scenario().run());
        List<String> names = entries.stream().map(e -> e.scenario().name()).toList();
        Path dir = output.dir("compare-" + names.get(0) + "-vs-" + String.join("-", names.subList(1, names.size())));
        for (ScenarioLoader.Loaded e : entries) {
            limit.check(e.scenario().withRun(run), 1, output.threads());
        }
        List<Scenario> simulations = Comparison.simulations(entries, run);
        if (shard.ranShard(spec, simulations, entries.stream().flatMap(e -> e.sources().stream())
                .toList(), dir, output)) {
            return ExitCode.OK.code;
        }
        Progress progress = new Progress(spec.commandLine().getErr(), output.quiet);
        ComparisonResults comparison;
        try (ProgressDisplay shown = output.showProgress(spec, "compare", simulations);
             Precomputed simulated = Precomputed.simulateAll(simulations, output.threads())) {
            // simulated side by side already: the bar has shown them, so no line per scenario
            comparison = Comparison.run(entries, run, output.threads(), simulated == null ? progress::say : s -> { });
        }
        ReportFiles.write(dir, Outputs.comparison(comparison, drawing), spec.commandLine().getOut(),
                ComparisonReport.text(comparison), output.quiet);
        comparison.runs().forEach(r -> progress.warn(r.checks().warnings(), r.scenario().name()));
        return ExitCode.OK.code;
    }
}
