package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * While shards are merged: the replications they ran, served in place of simulating. The merged command lists its
 * simulations as a shard did ({@link #bind}), which ties each listed scenario to the shards' replications of it; every
 * replication the command then asks for comes from there. A comparison uses the same to simulate all its lines at once
 * ({@link #simulateAll}). Otherwise this does nothing.
 */
public final class Precomputed implements AutoCloseable {
    private static volatile Precomputed active;

    private final List<ShardWork.Job> jobs;
    private final List<List<ReplicationResult>> replications;
    private final Map<Scenario, Integer> bound = new HashMap<>();

    private Precomputed(List<ShardMerge.Read> shards) {
        this.jobs = shards.get(0).partial().jobs();
        this.replications = ShardMerge.replications(shards);
    }

    /** Serves the replications of a whole, checked set of shards until closed. */
    public static Precomputed use(List<ShardMerge.Read> shards) {
        Precomputed p = new Precomputed(shards);
        active = p;
        return p;
    }

    /**
     * Simulates every replication of a comparison's lines in one pool of threads, then serves them, as a merge does,
     * until closed. Simulated one after another, each line would leave threads idle at its end whenever the threads do
     * not divide its replications. The results are the same: the same code computes them from the same replications.
     *
     * @return the replications, served until closed; or null, and nothing simulated, when there is nothing to gain (a
     *         merge, one thread, one line) or the study sizes itself from its own results
     */
    public static Precomputed simulateAll(List<Scenario> simulations, int threads) {
        if (active != null || threads <= 1) {
            return null;
        }
        List<Scenario> jobs;
        try {
            jobs = ShardWork.distinct(simulations);
        } catch (IllegalArgumentException e) {
            return null; // warm-up or replications found from the results: simulated as the command goes
        }
        if (jobs.size() < 2) {
            return null;
        }
        ShardWork.Partial all = ShardWork.run("", List.of(), List.of(), jobs, Map.of(), new Shard(0, 1), threads, r -> { });
        Precomputed p = use(List.of(new ShardMerge.Read(null, all)));
        bind(jobs);
        return p;
    }

    /** Whether shards are being merged. */
    static boolean merging() {
        return active != null;
    }

    @Override
    public void close() {
        active = null;
    }

    /**
     * Ties a command's simulations, listed as for {@link ShardWork#run}, to the merged replications; does nothing
     * outside a merge.
     *
     * @throws IllegalStateException when they are not the simulations the shards ran
     */
    public static void bind(List<Scenario> simulations) {
        Precomputed p = active;
        if (p == null) {
            return;
        }
        List<Scenario> jobs = ShardWork.distinct(simulations);
        if (!ShardWork.jobs(jobs).equals(p.jobs)) {
            throw new IllegalStateException("the merged command lists other simulations (" + ShardWork.jobs(jobs)
                    + ") than its shards ran (" + p.jobs + ")");
        }
        synchronized (p.bound) {
            for (int j = 0; j < jobs.size(); j++) {
                p.bound.put(jobs.get(j), j);
            }
        }
    }

    /** Replications {@code from} to {@code to} (exclusive) of a scenario, when merging; empty otherwise. */
    static Optional<List<ReplicationResult>> lookup(Scenario scenario, int from, int to) {
        Precomputed p = active;
        if (p == null) {
            return Optional.empty();
        }
        Integer j;
        synchronized (p.bound) {
            j = p.bound.get(scenario);
        }
        if (j == null || to > p.replications.get(j).size()) {
            throw new IllegalStateException("the shards hold no replications " + from + "-" + (to - 1) + " of "
                    + scenario.name() + " as it is simulated here: the command's list of simulations misses it");
        }
        return Optional.of(List.copyOf(p.replications.get(j).subList(from, to)));
    }
}
