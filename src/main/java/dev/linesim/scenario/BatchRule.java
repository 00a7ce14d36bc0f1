package dev.linesim.scenario;

/**
 * How many units one machine takes per job.
 *
 * @param size    units in a full batch
 * @param min     fewest units a machine will start with once {@code maxWait} has passed
 * @param maxWait hours the oldest waiting unit may wait before a partial batch of at least {@code min} starts;
 *                infinite means only full batches start
 */
public record BatchRule(int size, int min, double maxWait) {
    public static final BatchRule SINGLE = new BatchRule(1, 1, Double.POSITIVE_INFINITY);

    public boolean isSingle() {
        return size == 1;
    }
}
