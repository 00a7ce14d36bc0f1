package dev.linesim.experiment;

import dev.linesim.time.Hours;
import dev.linesim.scenario.Scenario;
import dev.linesim.sim.WorkMeter;
import java.util.List;

/** The progress of a command's simulations, for the command line's progress bar (which may not see the engine). */
public final class WorkProgress {
    private WorkProgress() {
    }

    /**
     * Work done and to do.
     *
     * @param replicationsDone replications finished
     * @param replications     replications in all, as far as known
     * @param daysDone         simulated days done, over all replications
     * @param days             simulated days in all, as far as known
     */
    public record Done(long replicationsDone, long replications, double daysDone, double days) {
        /** The share done, 0 to 1, by simulated time. */
        public double fraction() {
            return days <= 0 ? 0 : Math.min(1, daysDone / days);
        }
    }

    /**
     * A command starts: forgets earlier work and plans these simulations (each distinct scenario, its replications
     * over its horizon). Work not planned (a pilot run, replications added until a precision is met, a conversion's
     * timelines) is added as it starts.
     */
    public static void start(List<Scenario> simulations) {
        WorkMeter.reset();
        for (Scenario s : new java.util.LinkedHashSet<>(simulations)) {
            WorkMeter.plan(s.run().replications(), s.run().horizon());
        }
    }

    /** A command starts that will simulate {@code replications} of {@code hours} simulated hours each. */
    public static void start(long replications, double hours) {
        WorkMeter.reset();
        WorkMeter.plan(replications, hours);
    }

    /** Adds work to what the command plans: {@code replications} of {@code hours} simulated hours each. */
    public static void add(long replications, double hours) {
        WorkMeter.plan(replications, hours);
    }

    /** Whether the command's replications come from merged shards, so nothing is simulated. */
    public static boolean merging() {
        return Precomputed.merging();
    }

    public static Done now() {
        WorkMeter.Snapshot s = WorkMeter.snapshot();
        return new Done(s.replicationsDone(), s.replications(), s.hoursDone() / Hours.PER_DAY, s.hours() / Hours.PER_DAY);
    }
}
