package dev.linesim.sim;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * An SSJ event that counts itself: the model's events extend it so a replication knows how many events
 * it executed (reported as events per second by the benchmark).
 */
public abstract class EventCounter extends Event {
    private final EventTally tally;

    /** @param tally shared by all events of one replication */
    protected EventCounter(Simulator sim, EventTally tally) {
        super(sim);
        this.tally = tally;
    }

    /** Events between two looks at a stop request (Ctrl-C, SIGTERM) and two progress reports: a few milliseconds. */
    private static final long CHECK_EVERY = 1 << 16;

    @Override
    public final void actions() {
        if (tally.increment() % CHECK_EVERY == 0) {
            Interruption.check();
            tally.report();
        }
        fire();
    }

    /**
     * Schedules the event at an absolute simulated time (not before now). Unlike {@code schedule(time - now)}, the event
     * happens exactly at {@code time}, with no rounding of the difference.
     */
    public final void scheduleAt(double time) {
        setTime(time);
        sim.getEventList().add(this);
    }

    /** What the event does. */
    protected abstract void fire();
}
