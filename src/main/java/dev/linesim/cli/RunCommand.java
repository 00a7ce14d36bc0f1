package dev.linesim.cli;

import dev.linesim.experiment.Experiment;
import dev.linesim.experiment.Precomputed;
import dev.linesim.experiment.RunSummary;
import dev.linesim.report.Outputs;
import dev.linesim.report.SummaryTable;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code linesim run FILE}: simulates a scenario and writes its results, charts and report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate a scenario: replications in parallel, every KPI with a 95%% confidence interval.",
                "Writes results.json, results.csv, replications.csv, capex.csv, charts/ and report.pdf to reports/<name>/"
                        + " (or --out) and prints a summary.",
                "FILE may be a line or a retrofit plan; a plan runs its converted line and adds the retrofit's capex."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    OverrideOptions overrides;
    @Mixin
    StacktraceOption stacktrace;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;
    @Mixin
    RunSettingsOptions settings;
    @Mixin
    OutputOptions output;
    @Mixin
    ChartOptionsMixin charts;
    @Mixin
    WorkLimit limit;
    @Mixin
    ShardOptions shard;
    @Option(names = {"-v", "--verbose"}, description = "Also print each replication as it ends, events/s and the results digest.")
    boolean verbose;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        var drawing = charts.options();
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file, overrides.parsed());
        ScenarioLoader.Loaded subject = loaded.withRun(settings.apply(loaded.scenario().run()));
        Path dir = output.dir(subject.scenario().name());
        int workers = output.threads();
        limit.check(subject.scenario(), 1, workers);
        List<Scenario> simulations = Experiment.simulations(subject);
        if (shard.ranShard(spec, simulations, subject.sources(), dir, output)) {
            return ExitCode.OK.code;
        }
        int replications = subject.scenario().run().replications();
        AtomicInteger done = new AtomicInteger();
        RunSummary run;
        RunResults results;
        try (ProgressDisplay shown = output.showProgress(spec, "run " + subject.scenario().name(), simulations);
             // a plan's line and its base line side by side, unless -v is to show each replication as it ends
             Precomputed simulated = verbose ? null : Precomputed.simulateAll(simulations, workers)) {
            run = Experiment.run(subject, workers, r -> {
                int n = done.incrementAndGet();
                if (verbose) {
                    synchronized (stderr) {
                        ProgressDisplay.clearLine();
                        stderr.printf(Locale.ROOT, "replication %d/%d done: %.1f good cells/h, %,d events%n",
                                n, replications, r.cellsPerHour(), r.events());
                        stderr.flush();
                    }
                }
            });
            if (subject.plan().flatMap(p -> p.conversion()).isPresent() && !shown.merging() && simulated == null) {
                new Progress(stderr, output.quiet).say("simulating the base line " + subject.plan().get().base().name()
                        + " on the same settings, for the conversion's cash flows");
            }
            results = Experiment.results(subject, run, workers, Optional.empty());
        }
        long drawStart = System.nanoTime();
        var files = Outputs.run(results, drawing);
        double drawSeconds = (System.nanoTime() - drawStart) / 1e9;
        ReportFiles.write(dir, files, stdout, SummaryTable.render(results), output.quiet);
        new Progress(stderr, output.quiet).warn(results.checks().warnings(), results.scenario().name());
        if (verbose) {
            stdout.printf(Locale.ROOT, "Simulated %,d events in %.2f s wall time (%.2f M events/s on %d threads)%n",
                    run.events(), run.wallSeconds(), run.events() / run.wallSeconds() / 1e6, workers);
            stdout.printf(Locale.ROOT, "Drew the charts and report in %.2f s%n", drawSeconds);
            stdout.println("Results digest: sha256:" + ResultsFiles.digest(results));
        }
        stdout.flush();
        return ExitCode.OK.code;
    }
}
