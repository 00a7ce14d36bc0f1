package dev.linesim.cli;

import dev.linesim.experiment.MonteCarlo;
import dev.linesim.experiment.Sweep;
import dev.linesim.report.MonteCarloReport;
import dev.linesim.report.Outputs;
import dev.linesim.results.MonteCarloResults;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.input.UncertainInputs;
import dev.linesim.scenario.input.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesim montecarlo FILE}: uncertain inputs (the file's 'uncertain' section) drawn and crossed with replications. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = {"Draw the file's uncertain inputs (its 'uncertain' section) and run each draw for a few replications:"
                + " P10/P50/P90 of each KPI over the draws, the chance that NPV > 0 or payback is within N years, and how much"
                + " of the spread comes from the inputs rather than the line's randomness.",
                "Writes montecarlo.json, montecarlo.csv, charts/ and report.pdf to reports/montecarlo-<name>/ (or --out)."})
final class MonteCarloCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Mixin
    OverrideOptions overrides;
    @Parameters(paramLabel = "FILE", description = "Scenario file or retrofit plan with an 'uncertain' section.")
    Path file;
    @Option(names = "--draws", paramLabel = "N", description = "Input draws (overrides the file; default 40).")
    Integer draws;
    @Option(names = "--inner", paramLabel = "N", description = "Replications per draw (overrides the file; default 3).")
    Integer inner;
    @Option(names = "--timeline", description = "For a plan: simulate each draw's conversion week by week, as 'convert'"
            + " does, so ramp-up and timing inputs count (slower); default: each draw's decision from the steady states.")
    boolean timeline;
    @Option(names = "--payback-within", paramLabel = "YEARS", description = "The payback bar for the chance reported"
            + " (default: 5 years).")
    double paybackYears = 5;
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
        ScenarioLoader.Loaded asIs = ScenarioLoader.open(file, overrides.parsed());
        UncertainInputs u = UncertainInputs.read(YamlReader.read(file, file.toString()), asIs.scenario().run().seed());
        if (u == null) {
            throw new UsageException(file + " has no 'uncertain' section (expected uncertain: {inputs: {PATH: {dist: ...}}};"
                    + " see the README, Studies: uncertain inputs)");
        }
        u = new UncertainInputs(draws != null ? draws : u.draws(), inner != null ? inner : u.replications(), u.seed(),
                u.inputs());
        if (u.draws() < 2 || u.replications() < 2) {
            throw new UsageException("expected at least 2 draws and 2 replications per draw (--draws, --inner)");
        }
        var scenario = asIs.scenario();
        limit.check(scenario.withRun(study.settings.apply(scenario.run()).withReplications(u.replications())), u.draws(),
                study.output.threads());
        Path dir = study.output.dir("montecarlo-" + scenario.name());
        if (!timeline && u.inputs().stream().anyMatch(i -> i.path().startsWith("conversion."))) {
            spec.commandLine().getErr().println("linesim: warning: the conversion's inputs change nothing in steady-state"
                    + " draws; add --timeline to simulate each draw's conversion");
        }
        List<Sweep.Design> designs = MonteCarlo.designs(file, overrides.parsed(), u, study.settings::apply, timeline);
        List<Scenario> simulations = MonteCarlo.simulations(designs, timeline);
        if (shard.ranShard(spec, simulations, MonteCarlo.timelines(designs, timeline), designs.get(0).loaded().sources(),
                dir, study.output)) {
            return ExitCode.OK.code;
        }
        Progress progress = new Progress(spec.commandLine().getErr(), study.output.quiet);
        progress.say("Monte Carlo of " + scenario.name() + ": " + u.draws() + " draws x " + u.replications() + " replications");
        MonteCarloResults results;
        try (ProgressDisplay shown = study.output.showProgress(spec, "montecarlo " + scenario.name(),
                timeline ? List.of() : simulations)) {
            results = MonteCarlo.run(designs, overrides.parsed(), u,
                    kpis.of(YamlReader.read(file, file.toString()).root().path("uncertain"), MonteCarlo.DEFAULT_KPIS),
                    paybackYears, timeline, study.output.threads(), progress::say);
        }
        ReportFiles.write(dir, Outputs.monteCarlo(results, drawing), spec.commandLine().getOut(),
                MonteCarloReport.text(results), study.output.quiet);
        return ExitCode.OK.code;
    }
}
