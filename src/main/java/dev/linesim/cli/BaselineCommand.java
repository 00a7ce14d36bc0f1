package dev.linesim.cli;

import dev.linesim.experiment.Experiment;
import dev.linesim.report.AtomicFiles;
import dev.linesim.report.Titles;
import dev.linesim.results.Baseline;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
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
import java.util.ArrayList;
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
        @Option(names = "--progress", paramLabel = "WHEN", description = ProgressDisplay.OPTION_HELP)
        ProgressDisplay.Mode progress = ProgressDisplay.Mode.AUTO;

        @Override
        public Integer call() throws ScenarioException {
            if (replications < 2) {
                throw new UsageException("--replications must be at least 2 for a baseline (a CI needs two), was " + replications);
            }
            OutputFolders.check(dir);
            // every file is read before any is simulated: a bad one saves nothing, and all problems are told at once
            List<ScenarioLoader.Loaded> loaded = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Path file : files) {
                try {
                    ScenarioLoader.Loaded l = ScenarioLoader.open(file);
                    loaded.add(l.withRun(settings(l.scenario().run())));
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            PrintWriter out = spec.commandLine().getOut();
            List<Scenario> simulations = loaded.stream().map(ScenarioLoader.Loaded::scenario).toList(); // no decisions
            try (ProgressDisplay shown = ProgressDisplay.show(spec.commandLine().getErr(), progress, quiet, "baseline save",
                    simulations)) {
                for (int i = 0; i < loaded.size(); i++) {
                    ScenarioLoader.Loaded l = loaded.get(i);
                    Path target = dir.resolve(l.scenario().name() + ".json");
                    RunResults r = Baselines.simulate(l, l.scenario().run(), RunSettingsOptions.threads(threads));
                    Baselines.write(target, new Baseline(Baseline.FORMAT, Baselines.relative(dir, files.get(i)), r));
                    if (!quiet) {
                        synchronized (out) {
                            ProgressDisplay.clearLine();
                            out.printf(Locale.ROOT, "saved %s: %d replications of %s, digest %s%n", target,
                                    r.run().replications(), Titles.hours(r.run().horizonHours()),
                                    r.provenance().digest().substring(0, 12));
                            out.flush();
                        }
                    }
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
