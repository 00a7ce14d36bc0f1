package dev.linesim.cli;

import dev.linesim.experiment.Experiment;
import dev.linesim.report.AtomicFiles;
import dev.linesim.report.Titles;
import dev.linesim.results.Baseline;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code linesim baseline save FILE...}: saves the reference results that {@code verify} checks against. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Baselines: committed reference results that 'linesim verify' checks a model against.",
        subcommands = {BaselineCommand.Save.class})
final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }

    /** Replications a baseline runs by default: enough for a paired check, few enough for CI. */
    static final int DEFAULT_REPLICATIONS = 5;

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Simulate each scenario at its own horizon and warm-up (long enough to reach the end of the line)"
                    + " with few replications, and save every KPI with its per-replication values and the exact capex as"
                    + " <dir>/<name>.json, to commit.", "An existing baseline is replaced."})
    static final class Save implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StacktraceOption stacktrace;
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files or retrofit plans.")
        List<Path> files;
        @Option(names = "--dir", paramLabel = "DIR", description = "Baseline folder (default: reports/baselines).")
        Path dir = Path.of("reports", "baselines");
        @Option(names = {"-r", "--replications"}, paramLabel = "N", description = "Replications (default: 5).")
        int replications = DEFAULT_REPLICATIONS;
        @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
        Integer threads;
        @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
        boolean quiet;

        @Override
        public Integer call() throws ScenarioException {
            if (replications < 2) {
                throw new UsageException("--replications must be at least 2 for a baseline (a CI needs two), was " + replications);
            }
            OutputFolders.check(dir);
            PrintWriter out = spec.commandLine().getOut();
            for (Path file : files) {
                ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
                Path target = dir.resolve(loaded.scenario().name() + ".json");
                RunResults r = Baselines.simulate(loaded, settings(loaded.scenario().run()), RunSettingsOptions.threads(threads));
                Baselines.write(target, new Baseline(Baseline.FORMAT, Baselines.relative(dir, file), r));
                if (!quiet) {
                    out.printf(Locale.ROOT, "saved %s: %d replications of %s, digest %s%n", target, r.run().replications(),
                            Titles.hours(r.run().horizonHours()), r.provenance().digest().substring(0, 12));
                }
            }
            out.flush();
            return ExitCode.OK.code;
        }

        private RunSettings settings(RunSettings file) {
            return new RunSettings(file.horizon(), file.warmup(), replications, file.seed(), file.autoWarmup(), Optional.empty());
        }
    }

    /** Shared by baseline and verify: simulating at fixed settings and writing baseline files. */
    static final class Baselines {
        private Baselines() {
        }

        static RunResults simulate(ScenarioLoader.Loaded loaded, RunSettings settings, int threads) {
            return Experiment.run(loaded.withRun(settings), threads, x -> { }).results();
        }

        static void write(Path target, Baseline b) {
            try {
                new AtomicFiles().add(target, ResultsFiles.json(b)).commit();
            } catch (IOException e) {
                throw new OutputException("cannot write baseline " + target + ": " + ReportFiles.describe(e), e);
            }
        }

        /** The scenario's path from the baseline folder, with '/' separators, so it reads the same on every system. */
        static String relative(Path dir, Path file) {
            Path from = dir.toAbsolutePath().normalize();
            Path to = file.toAbsolutePath().normalize();
            return from.relativize(to).toString().replace('\\', '/');
        }
    }
}
