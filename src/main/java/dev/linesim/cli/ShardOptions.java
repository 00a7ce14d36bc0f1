package dev.linesim.cli;

import dev.linesim.experiment.Precomputed;
import dev.linesim.experiment.Shard;
import dev.linesim.experiment.ShardWork;
import dev.linesim.experiment.WorkProgress;
import dev.linesim.line.Timeline;
import dev.linesim.report.AtomicFiles;
import dev.linesim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code --shard I/N}: run one slice of a command's replications, for cluster schedulers; shared by the shardable commands. */
final class ShardOptions {
    /** Scheduler variables that give a task's index: Kubernetes Indexed Jobs, then Slurm job arrays. */
    static final List<String> INDEX_VARIABLES = List.of("JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID");
    /** Options that change where and how a command runs, not what it computes: not recorded in a shard. */
    private static final Set<String> NOT_RECORDED = Set.of("--shard", "--out", "--threads", "--quiet", "--verbose",
            "--progress", "--stacktrace");

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (0-based) of the replications and"
            + " write shard-I-of-N.json to the output folder; 'linesim merge' joins them into the full result. With N alone"
            + " the index comes from JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (less SLURM_ARRAY_TASK_MIN).")
    String shard;

    /**
     * With {@code --shard}: runs this shard of the simulations on the output options' threads, with their progress
     * display, writes its partial file to {@code dir} and returns
     * true (the command has nothing more to do). Without: ties the simulations to the shards being merged, if any,
     * and returns false.
     */
    boolean ranShard(CommandSpec spec, List<Scenario> simulations, List<Path> inputs, Path dir, OutputOptions output) {
        return ranShard(spec, simulations, Map.of(), inputs, dir, output);
    }

    /** The same for a study whose simulations include runs of a conversion, on the {@code timelines} given. */
    boolean ranShard(CommandSpec spec, List<Scenario> simulations, Map<Scenario, Timeline> timelines, List<Path> inputs,
                     Path dir, OutputOptions output) {
        if (shard == null) {
            Precomputed.bind(simulations);
            return false;
        }
        Shard s = parse(shard, System.getenv());
        String command = spec.name();
        List<String> arguments = arguments(spec.commandLine().getParseResult());
        List<Scenario> jobs;
        try {
            jobs = ShardWork.distinct(simulations);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--shard: " + e.getMessage());
        }
        ShardWork.Partial partial;
        try (ProgressDisplay shown = output.showProgress(spec, "shard " + s, List.of())) {
            int total = 0;
            int mine = 0;
            for (Scenario j : jobs) {
                for (int r = 0; r < j.run().replications(); r++, total++) {
                    if (s.owns(total)) {
                        WorkProgress.add(1, j.run().horizon());
                        mine++;
                    }
                }
            }
            new Progress(spec.commandLine().getErr(), output.quiet).say(String.format(Locale.ROOT,
                    "shard %s: %d of the %d replications of %d simulation%s", s, mine, total, jobs.size(),
                    jobs.size() == 1 ? "" : "s"));
            partial = ShardWork.run(command, arguments, inputs, jobs, timelines, s, output.threads(), r -> { });
        }
        Path file = dir.resolve(s.fileName());
        try {
            new AtomicFiles().add(file, ShardWork.json(partial)).commit();
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + ReportFiles.describe(e), e);
        }
        if (!output.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Shard %s: %d of %d replications written to %s%n", s, partial.items().size(),
                    partial.totalReplications(), file);
            out.printf(Locale.ROOT, "When all %d shards are done: linesim merge %s%n", s.count(), dir);
            out.flush();
        }
        return true;
    }

    /**
     * The shard asked for: {@code I/N}, or {@code N} with the index from the scheduler's environment.
     *
     * @throws UsageException naming what was expected
     */
    static Shard parse(String text, Map<String, String> env) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                return new Shard(Integer.parseInt(t.substring(0, slash).strip()), Integer.parseInt(t.substring(slash + 1).strip()));
            }
            int count = Integer.parseInt(t);
            for (String v : INDEX_VARIABLES) {
                String value = env.get(v);
                if (value != null && !value.isBlank()) {
                    int index = Integer.parseInt(value.strip());
                    String from = v + "=" + value.strip();
                    String min = v.startsWith("SLURM") ? env.get("SLURM_ARRAY_TASK_MIN") : null;
                    if (min != null) {
                        index -= Integer.parseInt(min.strip());
                        from += " less SLURM_ARRAY_TASK_MIN=" + min.strip();
                    }
                    if (count >= 1 && (index < 0 || index >= count)) {
                        throw new UsageException("--shard " + text + ": the index from the scheduler (" + from + ") is "
                                + index + ", but the shards of " + count + " are numbered from 0 to " + (count - 1)
                                + (v.startsWith("SLURM") ? ": submit the job array as --array=0-" + (count - 1)
                                : ": set the Indexed Job's completions to " + count));
                    }
                    return new Shard(index, count);
                }
            }
            throw new UsageException("--shard " + text + ": no shard index: give I/" + count + ", or run under a scheduler"
                    + " that sets " + String.join(" or ", INDEX_VARIABLES));
        } catch (NumberFormatException e) {
            throw new UsageException("--shard " + text + ": expected I/N with whole numbers 0 <= I < N (e.g. 0/4), or N with"
                    + " the index in " + String.join(" or ", INDEX_VARIABLES));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--shard " + text + ": " + e.getMessage());
        }
    }

    /** The command's arguments that decide its results, in a canonical order: options as matched, then the files. */
    static List<String> arguments(ParseResult top) {
        ParseResult pr = top;
        while (pr.subcommand() != null) {
            pr = pr.subcommand();
        }
        List<String> args = new ArrayList<>();
        for (OptionSpec o : new java.util.LinkedHashSet<>(pr.matchedOptions())) { // listed once per match; values hold all
            if (NOT_RECORDED.contains(o.longestName())) {
                continue;
            }
            if (o.arity().max() == 0) {
                args.add(o.longestName());
            } else {
                for (String v : o.originalStringValues()) {
                    args.add(o.longestName());
                    args.add(v);
                }
            }
        }
        for (PositionalParamSpec p : new java.util.LinkedHashSet<>(pr.matchedPositionals())) {
            args.addAll(p.originalStringValues());
        }
        return args;
    }
}
