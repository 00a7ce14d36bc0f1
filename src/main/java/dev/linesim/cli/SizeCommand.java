package dev.linesim.cli;

import dev.linesim.experiment.Sizing;
import dev.linesim.report.Outputs;
import dev.linesim.report.SizingReport;
import dev.linesim.results.SizingResults;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.SweepGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesim size FILE --target "gwh_per_year >= 8" --vary PATH=2..10}: the cheapest design that meets a target. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = {"Find the cheapest design of a grid (by capex, or by cost per kWh) that meets a target with a stated"
                + " confidence: designs whose capacity bound misses the target are dropped unsimulated, the rest are"
                + " simulated on common random numbers and tested with one-sided Bonferroni bounds.",
                "Writes size.json, size.csv, charts/ and report.pdf to reports/size-<name>/ (or --out)."})
final class SizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Mixin
    OverrideOptions overrides;
    @Parameters(paramLabel = "FILE", description = "Scenario file or retrofit plan.")
    Path file;
    @Option(names = "--target", required = true, paramLabel = "KPI>=VALUE",
            description = "The target, e.g. \"gwh_per_year >= 8\" or \"cost_per_kwh <= 70\".")
    String target;
    @Option(names = "--vary", required = true, paramLabel = "PATH=VALUES",
            description = "A key and the values to try (V1,V2,... or a range 2..10). Repeatable: the grid of all combinations.")
    List<String> vary = new ArrayList<>();
    @Option(names = "--by", paramLabel = "OBJECTIVE", description = "capex (default) or cost_per_kwh.")
    String by = "capex";
    @Option(names = "--confidence", paramLabel = "LEVEL", description = "Confidence that the chosen design meets the"
            + " target (default 0.95).")
    double confidence = 0.95;
    @Mixin
    StudyOptions study;

    @Override
    public Integer call() throws ScenarioException {
        var drawing = study.charts.options();
        Sizing.Target t = Sizing.Target.parse(target);
        if (t == null) {
            throw new UsageException("--target " + target + ": expected KPI >= VALUE or KPI <= VALUE, e.g. \"gwh_per_year >= 8\"");
        }
        if (!by.equals("capex") && !by.equals("cost_per_kwh")) {
            throw new UsageException("--by " + by + ": expected capex or cost_per_kwh");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("--confidence " + confidence + ": expected a level between 0 and 1, e.g. 0.95");
        }
        List<SweepGrid.Parameter> parameters = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--vary " + v + ": expected PATH=VALUES, e.g. stations.se_coating.machines=2..10");
            }
            parameters.add(new SweepGrid.Parameter(v.substring(0, eq).strip(), SweepGrid.values(v.substring(eq + 1))));
        }
        Progress progress = new Progress(spec.commandLine().getErr(), study.output.quiet);
        List<Overrides.Override> fixed = overrides.parsed();
        String name = dev.linesim.scenario.input.ScenarioLoader.open(file, fixed).scenario().name();
        Path dir = study.output.dir("size-" + name);
        SizingResults results;
        // designs are tried until one meets the target: no total is known in advance
        try (ProgressDisplay shown = study.output.showProgress(spec, "size " + name, List.of())) {
            results = Sizing.run(file, fixed, parameters, t, by.equals("capex"), confidence, study.settings::apply,
                    study.output.threads(), progress::say);
        }
        ReportFiles.write(dir, Outputs.sizing(results, drawing), spec.commandLine().getOut(), SizingReport.text(results),
                study.output.quiet);
        return ExitCode.OK.code;
    }
}
