package dev.linesim.experiment;

/**
 * One slice of a study's work, for running it on many machines: shard {@code index} of {@code count} (0-based) runs
 * every {@code count}-th replication of the study, counting replications of all its simulations in the order they are
 * listed, starting from the {@code index}-th. Round robin keeps shards within one replication of each other in size.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("the number of shards must be at least 1, not " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: the shards of " + count
                    + " are numbered from 0 to " + (count - 1));
        }
    }

    /** Whether this shard runs the {@code item}-th replication of the study (0-based, over all its simulations). */
    public boolean owns(int item) {
        return item % count == index;
    }

    /** The file a shard writes in its output folder: {@code shard-<index>-of-<count>.json}. */
    public String fileName() {
        return "shard-" + index + "-of-" + count + ".json";
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
