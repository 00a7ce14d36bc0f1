package dev.linesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.experiment.Sensitivity;
import dev.linesim.experiment.Sweep;
import dev.linesim.report.Outputs;
import dev.linesim.report.SensitivityReport;
import dev.linesim.results.SensitivityResults;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.SweepGrid;
import dev.linesim.scenario.input.YamlReader;
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

/** {@code linesim sensitivity FILE --set PATH=LOW,HIGH ...}: one-at-a-time runs drawn as tornadoes. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"One parameter at a time: run the file as it is, then each parameter at its low and at its high"
                + " value, all on the same seed (common random numbers), and draw a tornado per KPI sorted by effect.",
                "Parameters: --set PATH=LOW,HIGH, or the file's 'sensitivity' section; a --set with one value is fixed"
                + " for every run.",
                "Writes sensitivity.json, sensitivity.csv, charts/ and report.pdf to reports/sensitivity-<name>/ (or --out)."})
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "FILE", description = "Scenario file or retrofit plan.")
    Path file;
    @Option(names = "--set", paramLabel = "PATH=LOW,HIGH", description = "A parameter with its low and high values;"
            + " with one value, fixed for every run. Repeatable.")
    List<String> sets = new ArrayList<>();
    @Mixin
    StudyOptions study;
    @Mixin
    StudyOptions.Kpis kpis;
    @Mixin
    WorkLimit limit;
    @Mixin
    ShardOptions shard;

    @Override
    public Integer call() throws ScenarioException {
        var drawing = study.charts.options();
        List<Sensitivity.Range> ranges = new ArrayList<>();
        JsonNode section = YamlReader.read(file, file.toString()).root().path("sensitivity");
        section.path("parameters").fields().forEachRemaining(f -> ranges.add(new Sensitivity.Range(f.getKey(),
                text(f.getValue().get(0)), text(f.getValue().get(1)))));
        StudyOptions.Split split = StudyOptions.split(sets);
        List<String> fixed = split.fixed();
        for (SweepGrid.Parameter p : split.varied()) {
            if (p.values().size() != 2) {
                throw new UsageException("--set " + p.path() + "=" + String.join(",", p.values()) + ": expected a low and a"
                        + " high value, PATH=LOW,HIGH (a grid of values is a sweep: linesim sweep)");
            }
            ranges.removeIf(r -> r.path().equals(p.path())); // the command line wins over the file
            ranges.add(new Sensitivity.Range(p.path(), p.values().get(0), p.values().get(1)));
        }
        if (ranges.isEmpty()) {
            throw new UsageException("nothing to vary: give --set PATH=LOW,HIGH, or a 'sensitivity' section in " + file);
        }
        List<Overrides.Override> fixedOverrides = Overrides.parse(fixed);
        List<Sweep.Design> designs = Sensitivity.designs(file, fixedOverrides, ranges, study.settings::apply);
        List<Scenario> simulations = Sweep.simulations(designs);
        for (Sweep.Design d : designs) {
            limit.check(d.loaded().scenario(), designs.size(), study.output.threads());
        }
        String name = designs.get(0).loaded().scenario().name();
        Path dir = study.output.dir("sensitivity-" + name);
        if (shard.ranShard(spec, simulations, designs.get(0).loaded().sources(), dir, study.output)) {
            return ExitCode.OK.code;
        }
        Progress progress = new Progress(spec.commandLine().getErr(), study.output.quiet);
        progress.say("sensitivity of " + name + ": " + designs.size() + " runs");
        SensitivityResults results;
        try (ProgressDisplay shown = study.output.showProgress(spec, "sensitivity " + name, simulations)) {
            results = Sensitivity.run(designs, fixedOverrides, ranges, kpis.of(section, Sensitivity.DEFAULT_CHART_KPIS),
                    study.output.threads(), progress::say);
        }
        ReportFiles.write(dir, Outputs.sensitivity(results, drawing), spec.commandLine().getOut(),
                SensitivityReport.text(results), study.output.quiet);
        return ExitCode.OK.code;
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }
}
