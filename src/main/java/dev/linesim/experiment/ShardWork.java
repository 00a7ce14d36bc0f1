package dev.linesim.experiment;

import dev.linesim.line.LineModel;
import dev.linesim.line.ReplicationResult;
import dev.linesim.line.Timeline;
import dev.linesim.results.ResultsFiles;
import dev.linesim.scenario.Scenario;
import dev.linesim.sim.StreamBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import umontreal.ssj.rng.RandomStream;

/**
 * A sharded study. Every shardable command first lists the line simulations it will ask for (each a scenario with
 * its run settings, simulated for its replications); a shard runs its slice of those replications and writes them,
 * with what is needed to check they belong together, to a partial file. {@code linesim merge} checks a set of partial
 * files and runs the command again with their replications in place of simulating ({@link Precomputed}), so the merged
 * result is the unsharded result, byte for byte: the same code computes it from the same replications.
 */
public final class ShardWork {
    /** Layout version of partial files; merge refuses any other. */
    public static final String FORMAT = "linesim-shard 1";

    private ShardWork() {
    }

    /**
     * One simulation of a study: a line scenario with its run settings.
     *
     * @param name         the scenario's name
     * @param seed         its seed
     * @param replications how many replications it runs
     */
    public record Job(String name, long seed, int replications) {
    }

    /** One replication done by a shard: of simulation {@code job} (its place in the list), replication {@code replication}. */
    public record Item(int job, int replication, ReplicationResult result) {
    }

    /**
     * An input file as the command read it.
     *
     * @param path   the path as given on the command line (or as a plan names its base), from where the command ran
     * @param sha256 SHA-256 of its bytes, hex
     */
    public record Input(String path, String sha256) {
    }

    /**
     * What one shard wrote.
     *
     * @param format         {@link #FORMAT}
     * @param linesimVersion linesim's version
     * @param command        the command sharded ({@code run}, {@code compare}, {@code convert}, {@code sweep}, {@code sensitivity}, {@code montecarlo})
     * @param arguments      its arguments, without output, thread, verbosity and shard options
     * @param inputs         every input file it read
     * @param index          this shard's index, 0-based
     * @param count          how many shards the work was cut into
     * @param jobs           every simulation of the study, in the order listed (not only this shard's)
     * @param items          this shard's replications
     */
    public record Partial(String format, String linesimVersion, String command, List<String> arguments, List<Input> inputs,
                          int index, int count, List<Job> jobs, List<Item> items) {
        public Shard shard() {
            return new Shard(index, count);
        }

        /** Replications over all simulations of the study. */
        public int totalReplications() {
            return jobs.stream().mapToInt(Job::replications).sum();
        }
    }

    /**
     * The simulations of a study, each once, in the order given. A study that chooses its warm-up or its number of
     * replications from its own results cannot be cut in advance, so it is refused.
     *
     * @throws IllegalArgumentException naming the scenario and what to write instead
     */
    public static List<Scenario> distinct(List<Scenario> simulations) {
        for (Scenario s : simulations) {
            if (s.run().autoWarmup()) {
                throw new IllegalArgumentException(s.name() + " has 'warmup: auto', which is found from a pilot run:"
                        + " run it once without --shard, then write the warm-up it reports (e.g. 'warmup: 21 d') or give --warmup");
            }
            if (s.run().precision().isPresent()) {
                throw new IllegalArgumentException(s.name() + " has 'replications: auto', whose count depends on the results:"
                        + " write a number of replications (e.g. 'replications: 10') or give --replications");
            }
        }
        return List.copyOf(new LinkedHashSet<>(simulations));
    }

    /**
     * Runs shard {@code shard} of the simulations' replications on {@code threads} threads.
     *
     * @param timelines  the timeline of each simulation that is a run of a conversion (the others run at steady state)
     * @param onFinished hears each replication as it ends, from any thread
     */
    public static Partial run(String command, List<String> arguments, List<Path> inputs, List<Scenario> simulations,
                              Map<Scenario, Timeline> timelines, Shard shard, int threads,
                              Consumer<ReplicationResult> onFinished) {
        List<Scenario> jobs = distinct(simulations);
        List<Experiment.Task> tasks = new ArrayList<>();
        List<int[]> owned = new ArrayList<>(); // {job, replication}
        int item = 0;
        for (int j = 0; j < jobs.size(); j++) {
            StreamBank bank = null;
            for (int r = 0; r < jobs.get(j).run().replications(); r++, item++) {
                if (shard.owns(item)) {
                    bank = bank != null ? bank : new StreamBank(jobs.get(j).run().seed(), LineModel.streamNames(jobs.get(j)));
                    tasks.add(new Experiment.Task(jobs.get(j), r, bank.forReplication(r), timelines.get(jobs.get(j))));
                    owned.add(new int[] {j, r});
                }
            }
        }
        List<ReplicationResult> results = Experiment.simulate(tasks, threads, onFinished);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            items.add(new Item(owned.get(i)[0], owned.get(i)[1], results.get(i)));
        }
        return new Partial(FORMAT, Provenances.linesimVersion(), command, arguments, inputs(inputs), shard.index(),
                shard.count(), jobs(jobs), items);
    }

    /** The jobs as recorded in a partial file. */
    static List<Job> jobs(List<Scenario> jobs) {
        return jobs.stream().map(s -> new Job(s.name(), s.run().seed(), s.run().replications())).toList();
    }

    /** The input files with their digests, as read now. */
    public static List<Input> inputs(List<Path> files) {
        List<Input> inputs = new ArrayList<>();
        for (Path f : new LinkedHashSet<>(files)) {
            try {
                inputs.add(new Input(f.toString().replace('\\', '/'), ResultsFiles.sha256(Files.readAllBytes(f))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + " again to take its digest", e);
            }
        }
        return inputs;
    }

    /** The JSON text of a partial file. Numbers keep every bit; NaN and infinities are written as strings. */
    public static String json(Partial p) {
        try {
            return MAPPER.writeValueAsString(p) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a partial file.
     *
     * @throws IOException when it cannot be read or is not a partial file of this layout (the message says which)
     */
    public static Partial read(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a linesim shard file (" + e.getOriginalMessage() + ")");
        }
        if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText())) {
            throw new IOException(file + ": not a shard file of this linesim (expected format '" + FORMAT + "', found "
                    + (tree != null && tree.has("format") ? "'" + tree.get("format").asText() + "'" : "none") + ")");
        }
        return MAPPER.treeToValue(tree, Partial.class);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build();
}
