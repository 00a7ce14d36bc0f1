package dev.linesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.linesim.experiment.KpiCatalogue;
import dev.linesim.experiment.Provenances;
import dev.linesim.regression.JUnitXml;
import dev.linesim.regression.KpiVerdict;
import dev.linesim.regression.RegressionCheck;
import dev.linesim.regression.ScenarioVerdict;
import dev.linesim.regression.Tolerance;
import dev.linesim.regression.Tolerances;
import dev.linesim.regression.VerdictTable;
import dev.linesim.report.AtomicFiles;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code linesim verify [FILE...]}: re-runs scenarios at their baselines' settings and says whether results moved. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-run each scenario with its baseline's settings and check every KPI against the baseline:"
                + " capex, fates and reuse to the cent; each stochastic KPI by the 95%% CI of its difference (paired when"
                + " seed and replications match, else Welch) against its tolerance: pass, fail or inconclusive.",
                "FILE: scenario files or baseline files; none: every baseline in the folder.",
                "Tolerances: defaults (1%% for rates, output, cost; 0.002 for yield; 2%% for WIP and lead time), then"
                        + " <dir>/tolerances.yaml (KPI: 0.5 %% or KPI: 0.001), then --tolerance."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario or baseline files (default: every baseline).")
    List<Path> files = new ArrayList<>();
    @Option(names = "--dir", paramLabel = "DIR", description = "Baseline folder (default: reports/baselines).")
    Path dir = Path.of("reports", "baselines");
    @Option(names = "--exact", description = "Exact mode: the same linesim version and seed must give the identical digest.")
    boolean exact;
    @Option(names = "--strict", description = "An inconclusive verdict counts as a failure.")
    boolean strict;
    @Option(names = "--tolerance", paramLabel = "KPI=T", description = "Tolerance of a KPI: 0.5%% (relative) or 0.002 (absolute).")
    Map<String, String> tolerance = Map.of();
    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the verdicts as JUnit XML.")
    Path junit;
    @Option(names = "--update", description = "Save the current results over every baseline that moved, and say what moved.")
    boolean update;
    @Option(names = "--seed", paramLabel = "SEED", description = "Run with another seed than the baseline's (compared by Welch).")
    Long seed;
    @Option(names = {"-r", "--replications"}, paramLabel = "N", description = "Run another number of replications than the baseline's.")
    Integer replications;
    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;
    @Option(names = "--progress", paramLabel = "WHEN", description = ProgressDisplay.OPTION_HELP)
    ProgressDisplay.Mode progress = ProgressDisplay.Mode.AUTO;

    /** A baseline to check, and the scenario file that makes it. */
    private record Target(Path baseline, Path scenario) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tolerances tolerances = tolerances();
        List<String> problems = new ArrayList<>();
        List<ScenarioVerdict> verdicts = new ArrayList<>();
        List<Target> targets = targets(problems);
        try (ProgressDisplay shown = ProgressDisplay.show(err, progress, false, "verify", List.of())) {
            plan(targets);
            verifyEach(targets, tolerances, problems, verdicts, out, err);
        }
        return finish(problems, verdicts, out, err);
    }

    /** Plans the work of every baseline that can be read, for the progress display (a plan's base line doubles it). */
    private void plan(List<Target> targets) {
        for (Target t : targets) {
            try {
                RunResults b = ResultsFiles.readBaseline(t.baseline()).results();
                RunSettings s = settings(b);
                dev.linesim.experiment.WorkProgress.add((b.decision() != null ? 2L : 1L) * s.replications(), s.horizon());
            } catch (IOException | RuntimeException e) {
                // reported when the baseline is checked
            }
        }
    }

    private void verifyEach(List<Target> targets, Tolerances tolerances, List<String> problems,
                            List<ScenarioVerdict> verdicts, PrintWriter out, PrintWriter err) {
        for (Target t : targets) {
            Baseline b;
            try {
                b = ResultsFiles.readBaseline(t.baseline());
            } catch (NoSuchFileException e) {
                problems.add("no baseline " + t.baseline() + (t.scenario() != null ? " for " + t.scenario() + "; save one with"
                        + " 'linesim baseline save " + t.scenario() + "'" : ""));
                continue;
            } catch (IOException e) {
                problems.add(e instanceof ResultsFiles.ResultsFileException ? e.getMessage()
                        : "cannot read " + t.baseline() + ": " + ReportFiles.describe(e));
                continue;
            }
            Path scenario = t.scenario() != null ? t.scenario() : t.baseline().getParent().resolve(b.scenario()).normalize();
            if (exact && !b.results().provenance().linesimVersion().equals(Provenances.linesimVersion())) {
                problems.add(t.baseline() + ": saved by linesim " + b.results().provenance().linesimVersion() + ", this is "
                        + Provenances.linesimVersion() + "; exact mode needs the same version (use statistical mode, or save"
                        + " the baseline again)");
                continue;
            }
            ScenarioLoader.Loaded loaded;
            try {
                loaded = ScenarioLoader.open(scenario);
            } catch (ScenarioException e) {
                problems.add(t.baseline() + ": its scenario " + scenario + " cannot be loaded: "
                        + e.problems().get(0).format() + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
                continue;
            }
            synchronized (err) {
                ProgressDisplay.clearLine();
                err.println("linesim: verifying " + loaded.scenario().name());
                err.flush();
            }
            RunResults now = BaselineCommand.Baselines.simulate(loaded, settings(b.results()), RunSettingsOptions.threads(threads));
            ScenarioVerdict v = exact ? RegressionCheck.exact(b.results(), now)
                    : RegressionCheck.statistical(b.results(), now, tolerances);
            verdicts.add(v);
            ProgressDisplay.clearLine();
            out.print(VerdictTable.render(v, t.baseline().toString()));
            out.println();
            if (update) {
                List<String> moved = v.kpis().stream().filter(k -> k.verdict() != KpiVerdict.Verdict.PASS)
                        .map(k -> k.kpi().key()).collect(Collectors.toCollection(ArrayList::new));
                if (!v.exact().isEmpty()) {
                    moved.add("capex (" + v.exact().size() + (v.exact().size() == 1 ? " figure)" : " figures)"));
                }
                moved.addAll(v.digest());
                if (moved.isEmpty()) {
                    out.println("kept " + t.baseline() + ": nothing had moved");
                } else {
                    BaselineCommand.Baselines.write(t.baseline(), new Baseline(Baseline.FORMAT, b.scenario(), now));
                    out.println("updated " + t.baseline() + ": it now holds the new results; moved: " + String.join(", ", moved));
                }
            }
        }
    }

    private int finish(List<String> problems, List<ScenarioVerdict> verdicts, PrintWriter out, PrintWriter err) {
        problems.forEach(p -> err.println("linesim: " + p));
        out.println(VerdictTable.summary(verdicts, problems.size(), strict));
        out.println(VerdictTable.closingLine(verdicts, strict));
        out.flush();
        if (junit != null) {
            try {
                new AtomicFiles().add(junit, JUnitXml.render(verdicts, strict)).commit();
            } catch (IOException e) {
                throw new OutputException("cannot write " + junit + ": " + ReportFiles.describe(e), e);
            }
        }
        if (!problems.isEmpty()) {
            return ExitCode.BASELINE_PROBLEM.code;
        }
        boolean regressed = verdicts.stream().anyMatch(v -> v.regressed(strict));
        return regressed && !update ? ExitCode.REGRESSION.code : ExitCode.OK.code;
    }

    /** The baseline's settings, with the warm-up it used, unless overridden. */
    private RunSettings settings(RunResults b) {
        int n = replications != null ? replications : b.run().replications();
        if (n < 2) {
            throw new UsageException("--replications must be at least 2, was " + n);
        }
        return new RunSettings(b.run().horizonHours(), b.run().warmupHours(), n, seed != null ? seed : b.run().seed());
    }

    private List<Target> targets(List<String> problems) {
        List<Target> targets = new ArrayList<>();
        if (files.isEmpty()) {
            if (!Files.isDirectory(dir)) {
                problems.add("no baseline folder " + dir + "; save baselines with 'linesim baseline save FILE...'");
                return targets;
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                        .forEach(p -> targets.add(new Target(p, null)));
            } catch (IOException e) {
                problems.add("cannot list " + dir + ": " + ReportFiles.describe(e));
            }
            if (targets.isEmpty() && problems.isEmpty()) {
                problems.add("no baselines in " + dir + "; save them with 'linesim baseline save FILE...'");
            }
            return targets;
        }
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".json")) {
                targets.add(new Target(f, null));
                continue;
            }
            try {
                String name = ScenarioLoader.open(f).scenario().name();
                targets.add(new Target(dir.resolve(name + ".json"), f));
            } catch (ScenarioException e) {
                problems.add(f + " cannot be loaded: " + e.problems().get(0).format());
            }
        }
        return targets;
    }

    private Tolerances tolerances() {
        Tolerances t = new Tolerances();
        Path file = dir.resolve("tolerances.yaml");
        if (Files.isRegularFile(file)) {
            try {
                JsonNode root = new YAMLMapper().readTree(file.toFile());
                if (root != null && root.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        t.set(known(e.getKey(), file.toString()), parse(e.getValue().asText(), file + ": " + e.getKey()));
                    }
                }
            } catch (IOException e) {
                throw new UsageException(file + ": not a YAML mapping of KPI to tolerance (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        tolerance.forEach((k, v) -> t.set(known(k, "--tolerance"), parse(v, "--tolerance " + k)));
        return t;
    }

    private static String known(String key, String where) {
        boolean ok = KpiCatalogue.LINE.stream().anyMatch(e -> e.kpi().key().equals(key));
        if (!ok) {
            throw new UsageException(where + ": unknown KPI '" + key + "' (expected one of "
                    + String.join(", ", KpiCatalogue.LINE.stream().map(e -> e.kpi().key()).toList()) + ")");
        }
        return key;
    }

    private static Tolerance parse(String text, String where) {
        return Tolerance.parse(text).orElseThrow(() -> new UsageException(where + ": expected a tolerance such as 0.5 %"
                + " (relative) or 0.002 (absolute), was \"" + text + "\""));
    }
}
