package dev.linesim.sim;

import umontreal.ssj.simevents.Simulator;

/**
 * The events of one replication: how many have run, and how much of its simulated time it has reported to the
 * {@link WorkMeter}. One per replication, used by its thread alone.
 */
public final class EventTally {
    private final Simulator sim;
    private final double horizon;
    private long count;
    private double reported;

    /** A replication of {@code horizon} simulated hours starts on {@code sim}. */
    public EventTally(Simulator sim, double horizon) {
        this.sim = sim;
        this.horizon = horizon;
        WorkMeter.started(horizon);
    }

    /** Events run so far. */
    public long count() {
        return count;
    }

    /** Counts one event; returns the new count. */
    long increment() {
        return ++count;
    }

    /** Reports the simulated time run since the last report. */
    void report() {
        double now = Math.min(sim.time(), horizon);
        WorkMeter.advanced(now - reported);
        reported = now;
    }

    /** The replication has ended normally: the rest of its horizon is done. */
    public void finish() {
        WorkMeter.advanced(horizon - reported);
        reported = horizon;
        WorkMeter.finished();
    }
}
