package dev.linesim.sim;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * How much simulation a command has done and has to do, for its progress bar: replications and simulated hours,
 * summed over all worker threads. Replications report their clock as they run (every few thousand events, see
 * {@link EventCounter}); commands that know their work in advance plan it, so the total is right from the start.
 * One command runs per process, so the meter is process-wide.
 */
public final class WorkMeter {
    private static final LongAdder PLANNED = new LongAdder();
    private static final DoubleAdder PLANNED_HOURS = new DoubleAdder();
    private static final LongAdder STARTED = new LongAdder();
    private static final DoubleAdder STARTED_HOURS = new DoubleAdder();
    private static final LongAdder FINISHED = new LongAdder();
    private static final DoubleAdder DONE_HOURS = new DoubleAdder();

    private WorkMeter() {
    }

    /**
     * Work done and to do.
     *
     * @param replicationsDone replications finished
     * @param replications     replications planned or started, whichever is more
     * @param hoursDone        simulated hours done, over all replications
     * @param hours            simulated hours planned or started, whichever is more
     */
    public record Snapshot(long replicationsDone, long replications, double hoursDone, double hours) {
        /** The share done, 0 to 1, by simulated time; 0 before anything is known. */
        public double fraction() {
            return hours <= 0 ? 0 : Math.min(1, hoursDone / hours);
        }
    }

    /** Forgets all work: a command starts. */
    public static void reset() {
        for (LongAdder a : new LongAdder[] {PLANNED, STARTED, FINISHED}) {
            a.reset();
        }
        for (DoubleAdder a : new DoubleAdder[] {PLANNED_HOURS, STARTED_HOURS, DONE_HOURS}) {
            a.reset();
        }
    }

    /** Adds work the command will do: {@code replications} replications of {@code hours} simulated hours each. */
    public static void plan(long replications, double hours) {
        PLANNED.add(replications);
        PLANNED_HOURS.add(replications * hours);
    }

    static void started(double horizon) {
        STARTED.increment();
        STARTED_HOURS.add(horizon);
    }

    static void advanced(double hours) {
        DONE_HOURS.add(hours);
    }

    static void finished() {
        FINISHED.increment();
    }

    public static Snapshot snapshot() {
        return new Snapshot(FINISHED.sum(), Math.max(PLANNED.sum(), STARTED.sum()), DONE_HOURS.sum(),
                Math.max(PLANNED_HOURS.sum(), STARTED_HOURS.sum()));
    }
}
