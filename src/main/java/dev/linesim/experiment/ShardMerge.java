package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a set of partial files is one whole study: written by the same linesim, from the same command,
 * arguments, input files and seeds, cut into the same number of shards, each shard exactly once and holding exactly
 * its own replications. Every problem is found before any is reported.
 */
public final class ShardMerge {
    private ShardMerge() {
    }

    /** A partial file and where it was read from. */
    public record Read(Path file, ShardWork.Partial partial) {
    }

    /** Problems that stop the merge, each a sentence naming the files concerned; empty when the set is whole. */
    public static List<String> problems(List<Read> shards) {
        List<String> problems = new ArrayList<>();
        if (shards.isEmpty()) {
            return List.of("no shard files given");
        }
        differ(shards, r -> r.partial().linesimVersion(), "were written by different linesim versions", problems);
        differ(shards, r -> "linesim " + r.partial().command() + " " + String.join(" ", r.partial().arguments()),
                "ran different commands", problems);
        differ(shards, r -> r.partial().inputs().stream().map(i -> i.path() + " (sha256 " + i.sha256().substring(0, 12) + ")")
                .collect(Collectors.joining(", ")), "read different input files", problems);
        differ(shards, r -> r.partial().jobs().stream().map(j -> Long.toString(j.seed())).distinct()
                .collect(Collectors.joining(", ")), "ran with different seeds", problems);
        differ(shards, r -> r.partial().jobs().stream().map(j -> j.name() + " x" + j.replications())
                .collect(Collectors.joining(", ")), "list different simulations", problems);
        differ(shards, r -> Integer.toString(r.partial().count()), "were cut into different numbers of shards", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        int count = shards.get(0).partial().count();
        Map<Integer, List<Path>> byIndex = new LinkedHashMap<>();
        shards.forEach(r -> byIndex.computeIfAbsent(r.partial().index(), k -> new ArrayList<>()).add(r.file()));
        byIndex.forEach((index, files) -> {
            if (files.size() > 1) {
                problems.add("shard " + index + "/" + count + " is given " + files.size() + " times: "
                        + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
            }
        });
        TreeSet<Integer> missing = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            problems.add((missing.size() == 1 ? "shard " : "shards ") + missing.stream().map(i -> i + "/" + count)
                    .collect(Collectors.joining(", ")) + (missing.size() == 1 ? " is" : " are") + " missing: run "
                    + (missing.size() == 1 ? "it" : "them") + " with --shard before merging");
        }
        for (Read r : shards) {
            if (!ownsExactly(r.partial())) {
                problems.add(r.file() + ": holds other replications than shard " + r.partial().shard() + " runs (damaged or edited?)");
            }
        }
        return problems;
    }

    /** Input files that differ now from what the shards read, as sentences; empty when all are as they were. */
    public static List<String> changedInputs(ShardWork.Partial any) {
        List<String> problems = new ArrayList<>();
        for (ShardWork.Input in : any.inputs()) {
            try {
                String now = ShardWork.inputs(List.of(Path.of(in.path()))).get(0).sha256();
                if (!now.equals(in.sha256())) {
                    problems.add(in.path() + " has changed since the shards ran (sha256 " + in.sha256().substring(0, 12)
                            + " then, " + now.substring(0, 12) + " now): restore it or run the shards again");
                }
            } catch (java.io.UncheckedIOException e) {
                problems.add("cannot read " + in.path() + ", which the shards read: merge from the folder the shards ran in");
            }
        }
        return problems;
    }

    /** The replications of a whole, checked set of shards, by simulation and replication. */
    static List<List<ReplicationResult>> replications(List<Read> shards) {
        ShardWork.Partial first = shards.get(0).partial();
        List<List<ReplicationResult>> byJob = new ArrayList<>();
        for (ShardWork.Job j : first.jobs()) {
            byJob.add(new ArrayList<>(java.util.Collections.nCopies(j.replications(), null)));
        }
        shards.forEach(r -> r.partial().items().forEach(i -> byJob.get(i.job()).set(i.replication(), i.result())));
        return byJob;
    }

    private static boolean ownsExactly(ShardWork.Partial p) {
        List<String> expected = new ArrayList<>();
        int item = 0;
        for (int j = 0; j < p.jobs().size(); j++) {
            for (int r = 0; r < p.jobs().get(j).replications(); r++, item++) {
                if (p.shard().owns(item)) {
                    expected.add(j + ":" + r);
                }
            }
        }
        return expected.equals(p.items().stream().map(i -> i.job() + ":" + i.replication()).toList());
    }

    private static void differ(List<Read> shards, Function<Read, String> what, String sentence, List<String> problems) {
        Map<String, List<Read>> groups = new LinkedHashMap<>();
        shards.forEach(r -> groups.computeIfAbsent(what.apply(r), k -> new ArrayList<>()).add(r));
        if (groups.size() > 1) {
            problems.add("the shards " + sentence + ": " + groups.entrySet().stream().map(e -> "'" + e.getKey() + "' in "
                    + e.getValue().stream().map(r -> r.file().toString()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
    }
}
