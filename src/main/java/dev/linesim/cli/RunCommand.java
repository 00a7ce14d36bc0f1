package dev.linesim.cli;

import dev.linesim.experiment.Experiment;
import dev.linesim.experiment.RunSummary;
import dev.linesim.report.AtomicFiles;
import dev.linesim.report.ResultsCsv;
import dev.linesim.report.ResultsJson;
import dev.linesim.report.SummaryTable;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.ScenarioException;
import dev.linesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
                "Writes results.json and results.csv to reports/<name>/ (or --out) and prints a summary."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;
    @Option(names = {"-r", "--replications"}, paramLabel = "N", description = "Replications (overrides the file).")
    Integer replications;
    @Option(names = "--seed", paramLabel = "SEED", description = "Base seed (overrides the file).")
    Long seed;
    @Option(names = "--horizon", paramLabel = "TIME", description = "Simulated time per replication, e.g. \"60 d\" (overrides the file).")
    String horizon;
    @Option(names = "--warmup", paramLabel = "TIME", description = "Warm-up, e.g. \"10 d\" (overrides the file).")
    String warmup;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: reports/<scenario name>).")
    Path out;
    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;
    @Option(names = {"-v", "--verbose"}, description = "Also print each replication as it ends, events/s and the results digest.")
    boolean verbose;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario scenario = withOverrides(ScenarioLoader.load(file));
        Path dir = out != null ? out : Path.of("reports", scenario.name());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException("output path " + dir + " exists and is not a directory", null);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1, was " + workers);
        }
        AtomicInteger done = new AtomicInteger();
        RunSummary run = Experiment.run(scenario, workers, r -> {
            int n = done.incrementAndGet();
            if (verbose) {
                synchronized (stderr) {
                    stderr.printf(Locale.ROOT, "replication %d/%d done: %.1f good cells/h, %,d events%n",
                            n, scenario.run().replications(), r.cellsPerHour(), r.events());
                    stderr.flush();
                }
            }
        });
        String json = ResultsJson.render(run, file.toString());
        Path jsonFile = dir.resolve("results.json");
        Path csvFile = dir.resolve("results.csv");
        try {
            new AtomicFiles().add(jsonFile, json).add(csvFile, ResultsCsv.render(run)).commit();
        } catch (IOException e) {
            throw new OutputException("cannot write results to " + dir + ": " + e, e);
        }
        if (!quiet) {
            stdout.print(SummaryTable.render(run));
            stdout.printf(Locale.ROOT, "%nResults: %s, %s%n", jsonFile, csvFile);
        }
        if (verbose) {
            stdout.printf(Locale.ROOT, "Simulated %,d events in %.2f s wall time (%.2f M events/s on %d threads)%n",
                    run.events(), run.wallSeconds(), run.events() / run.wallSeconds() / 1e6, workers);
            stdout.println("Results digest: sha256:" + ResultsJson.digest(json));
        }
        stdout.flush();
        return ExitCode.OK.code;
    }

    private Scenario withOverrides(Scenario s) {
        RunSettings r = s.run();
        double h = horizon != null ? duration("--horizon", horizon) : r.horizon();
        double w = warmup != null ? duration("--warmup", warmup) : r.warmup();
        if (w >= h) {
            throw new UsageException("warm-up " + Quantities.formatHours(w) + " is not shorter than the horizon "
                    + Quantities.formatHours(h) + " (expected warmup < horizon)");
        }
        int n = replications != null ? replications : r.replications();
        if (n < 1) {
            throw new UsageException("--replications must be at least 1, was " + n);
        }
        if (seed != null && seed < 0) {
            throw new UsageException("--seed must not be negative, was " + seed);
        }
        return s.withRun(new RunSettings(h, w, n, seed != null ? seed : r.seed()));
    }

    private static double duration(String option, String text) {
        double hours = Quantities.hours(text).orElseThrow(() -> new UsageException(
                option + ": expected " + Quantities.DURATION_FORMS + ", was \"" + text + "\""));
        if (option.equals("--horizon") && hours <= 0) {
            throw new UsageException(option + ": expected a positive duration, was \"" + text + "\"");
        }
        return hours;
    }
}
