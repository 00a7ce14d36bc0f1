package dev.linesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.experiment.Sweep;
import dev.linesim.report.Outputs;
import dev.linesim.report.SweepReport;
import dev.linesim.results.SweepResults;
import dev.linesim.scenario.Location;
import dev.linesim.scenario.Problem;
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

/** {@code linesim sweep FILE --set PATH=V1,V2 ...}: the full grid of parameter values, with common random numbers. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Simulate every combination of parameter values (a full grid) with the same seed, so the design"
                + " points share their random numbers, and report every KPI with its 95%% CI at every point.",
                "Swept parameters: --set PATH=V1,V2,... or --set PATH=3..8 (a whole-number range), or the file's 'sweep'"
                + " section; a --set with one value is fixed for every point.",
                "Writes sweep.json, sweep.csv, charts/ (each KPI against each parameter) and report.pdf to"
                + " reports/sweep-<name>/ (or --out)."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "FILE", description = "Scenario file or retrofit plan.")
    Path file;
    @Option(names = "--set", paramLabel = "PATH=VALUES", description = "A key to sweep over values separated by commas"
            + " (outside braces), or over a range 3..8; with one value, fixed for every point. Repeatable.")
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
        List<SweepGrid.Parameter> parameters = new ArrayList<>();
        JsonNode section = YamlReader.read(file, file.toString()).root().path("sweep");
        section.path("parameters").fields().forEachRemaining(f -> parameters.add(new SweepGrid.Parameter(f.getKey(),
                f.getValue().isArray() ? StudyOptions.texts(f.getValue()) : SweepGrid.values(f.getValue().asText()))));
        StudyOptions.Split split = StudyOptions.split(sets);
        List<String> fixed = split.fixed();
        for (SweepGrid.Parameter p : split.varied()) {
            parameters.removeIf(x -> x.path().equals(p.path())); // the command line wins over the file
            parameters.add(p);
        }
        if (parameters.isEmpty()) {
            throw new UsageException("nothing to sweep: give --set PATH=V1,V2,... (or PATH=3..8), or a 'sweep' section in "
                    + file);
        }
        long size = parameters.stream().mapToLong(p -> p.values().size()).reduce(1, (a, b) -> a * b);
        if (size > SweepGrid.MAX_POINTS) {
            throw new ScenarioException(List.of(Problem.error("--set", Location.UNKNOWN, "", "the grid has " + size
                    + " design points (expected at most " + SweepGrid.MAX_POINTS + ")")));
        }
        List<Sweep.Design> designs = Sweep.designs(file, Overrides.parse(fixed), parameters, study.settings::apply);
        for (Sweep.Design d : designs) {
            limit.check(d.loaded().scenario(), designs.size(), study.output.threads());
        }
        String name = designs.get(0).loaded().scenario().name();
        Path dir = study.output.dir("sweep-" + name);
        if (shard.ranShard(spec, Sweep.simulations(designs), designs.get(0).loaded().sources(), dir, study.output)) {
            return ExitCode.OK.code;
        }
        Progress progress = new Progress(spec.commandLine().getErr(), study.output.quiet);
        progress.say("sweeping " + name + ": " + designs.size() + " design points");
        SweepResults results;
        try (ProgressDisplay shown = study.output.showProgress(spec, "sweep " + name, Sweep.simulations(designs))) {
            results = Sweep.run(designs, parameters, kpis.of(section, Sweep.DEFAULT_CHART_KPIS), study.output.threads(),
                    progress::say);
        }
        ReportFiles.write(dir, Outputs.sweep(results, drawing), spec.commandLine().getOut(), SweepReport.text(results),
                study.output.quiet);
        return ExitCode.OK.code;
    }
}
