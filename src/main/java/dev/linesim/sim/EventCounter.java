package dev.linesim.sim;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * An SSJ event that counts itself: the model's events extend it so a replication knows how many events
 * it executed (reported as events per second by the benchmark).
 */
public abstract class EventCounter extends Event {
    private final long[] counter;

    /** @param counter a one-element array shared by all events of one replication */
    protected EventCounter(Simulator sim, long[] counter) {
        super(sim);
        this.counter = counter;
    }

    /** Events between two looks at a stop request (Ctrl-C, SIGTERM): a few milliseconds of simulation. */
    private static final long CHECK_EVERY = 1 << 16;

    @Override
    public final void actions() {
        if (++counter[0] % CHECK_EVERY == 0) {
            Interruption.check();
        }
        fire();
    }

    /** What the event does. */
    protected abstract void fire();
}
