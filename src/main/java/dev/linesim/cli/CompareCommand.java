package dev.linesim.cli;

import dev.linesim.experiment.Comparison;
import dev.linesim.report.ComparisonReport;
import dev.linesim.scenario.ScenarioException;
import dev.linesim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linesim compare A B [C...]}: paired differences against the first scenario, with common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run scenarios with common random numbers and report each KPI with its paired difference"
                + " to the first scenario (95%% CI): throughput, GWh/yr, yield, lead time, capital, cost per kWh.",
                "All scenarios use the first one's run settings (horizon, warm-up, replications, seed) unless overridden.",
                "Writes comparison.json and comparison.csv to reports/compare-<first>-vs-<others>/ (or --out)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Mixin
    RunSettingsOptions settings;
    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files or retrofit plans; the first is the reference.")
    List<Path> files;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws ScenarioException {
        List<Comparison.Entry> entries = new ArrayList<>();
        List<dev.linesim.scenario.Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                ScenarioLoader.Loaded loaded = ScenarioLoader.open(f);
                entries.add(new Comparison.Entry(loaded.scenario(), loaded.plan()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        var run = settings.apply(entries.get(0).scenario().run());
        int workers = output.threads();
        Comparison comparison = Comparison.run(entries, run, workers);
        List<String> names = entries.stream().map(e -> e.scenario().name()).toList();
        Path dir = output.dir("compare-" + names.get(0) + "-vs-" + String.join("-", names.subList(1, names.size())));
        new ReportFiles(dir).add("comparison.json", ComparisonReport.json(comparison))
                .add("comparison.csv", ComparisonReport.csv(comparison))
                .write(spec.commandLine().getOut(), ComparisonReport.text(comparison), output.quiet);
        return ExitCode.OK.code;
    }
}
