package dev.linesim.cli;

import dev.linesim.experiment.Precomputed;
import dev.linesim.experiment.ShardMerge;
import dev.linesim.experiment.ShardWork;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linesim merge DIR...}: joins the shards of a sharded run into the result the unsharded run gives. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the partial results of a run, compare, convert, sweep, sensitivity or montecarlo cut with --shard I/N.",
                "Checks that every shard is there once and that all ran the same command on the same input files, seeds"
                        + " and linesim version, then writes what the unsharded command writes, byte for byte.",
                "Run it from the folder the shards ran in: the input files are read again to check they have not changed."})
final class MergeCommand implements Callable<Integer> {
    private static final Pattern SHARD_FILE = Pattern.compile("shard-\\d+-of-\\d+\\.json");

    @Spec
    CommandSpec spec;
    @Mixin
    StacktraceOption stacktrace;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Shard files, or folders holding shard-I-of-N.json files.")
    List<Path> paths;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: where the command writes without -o, e.g. reports/NAME; the shards' -o is not kept).")
    Path out;
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        List<ShardMerge.Read> shards = new ArrayList<>();
        for (Path p : files(problems)) {
            try {
                shards.add(new ShardMerge.Read(p, ShardWork.read(p)));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(ShardMerge.problems(shards));
        }
        if (problems.isEmpty()) {
            problems.addAll(ShardMerge.changedInputs(shards.get(0).partial()));
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("linesim: merge: " + p));
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was written");
            err.flush();
            return ExitCode.SHARDS_MISMATCH.code;
        }
        ShardWork.Partial first = shards.get(0).partial();
        List<String> args = new ArrayList<>(List.of(first.command()));
        args.addAll(first.arguments());
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        if (quiet) {
            args.add("--quiet");
        }
        if (!quiet) {
            err.println("linesim: merging " + shards.size() + " shards of: linesim " + String.join(" ", args));
            err.flush();
        }
        CommandLine again = Main.commandLine(spec.commandLine().getOut(), err);
        try (Precomputed merged = Precomputed.use(shards)) {
            return again.execute(args.toArray(String[]::new));
        }
    }

    /** The shard files named, or found in the folders named. */
    private List<Path> files(List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    List<Path> found = list.filter(f -> SHARD_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
                    if (found.isEmpty()) {
                        problems.add(p + ": no shard files (shard-I-of-N.json) in this folder");
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    problems.add(p + ": " + ReportFiles.describe(e));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.add(p + ": no such file or folder");
            }
        }
        return files;
    }
}
