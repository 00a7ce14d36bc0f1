package dev.linesim.cli;

import dev.linesim.experiment.Experiment;
import dev.linesim.experiment.RunSummary;
import dev.linesim.report.ResultsCsv;
import dev.linesim.report.ResultsJson;
import dev.linesim.report.SummaryTable;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.ScenarioException;
import dev.linesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linesim run FILE}: simulates a scenario and writes its results. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate a scenario: replications in parallel, every KPI with a 95%% confidence interval.",
                "Writes results.json and results.csv to reports/<name>/ (or --out) and prints a summary.",
                "FILE may be a line or a retrofit plan; a plan runs its converted line and adds the retrofit's capex."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;
    @Mixin
    RunSettingsOptions settings;
    @Mixin
    OutputOptions output;
    @Option(names = {"-v", "--verbose"}, description = "Also print each replication as it ends, events/s and the results digest.")
    boolean verbose;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
        Scenario scenario = loaded.scenario().withRun(settings.apply(loaded.scenario().run()));
        Path dir = output.dir(scenario.name());
        int workers = output.threads();
        AtomicInteger done = new AtomicInteger();
        RunSummary simulated = Experiment.run(scenario, workers, r -> {
            int n = done.incrementAndGet();
            if (verbose) {
                synchronized (stderr) {
                    stderr.printf(Locale.ROOT, "replication %d/%d done: %.1f good cells/h, %,d events%n",
                            n, scenario.run().replications(), r.cellsPerHour(), r.events());
                    stderr.flush();
                }
            }
        });
        RunSummary run = loaded.plan().map(simulated::forPlan).orElse(simulated);
        String json = ResultsJson.render(run, file.toString());
        new ReportFiles(dir).add("results.json", json).add("results.csv", ResultsCsv.render(run))
                .write(stdout, SummaryTable.render(run), output.quiet);
        if (verbose) {
            stdout.printf(Locale.ROOT, "Simulated %,d events in %.2f s wall time (%.2f M events/s on %d threads)%n",
                    run.events(), run.wallSeconds(), run.events() / run.wallSeconds() / 1e6, workers);
            stdout.println("Results digest: sha256:" + ResultsJson.digest(json));
        }
        stdout.flush();
        return ExitCode.OK.code;
    }
}
