package dev.linesim.line;

import dev.linesim.sim.EventCounter;
import java.util.ArrayDeque;

/**
 * A delay stage of constant duration that no ramp stretches: since every unit rests as long, units end in the order they
 * started, so they wait in one queue with one pending event, the first unit's end, instead of an event each. Times are
 * kept and compared exactly as a machine's would be (the end is scheduled at the due time itself), so the line follows
 * the same trajectory as with a machine per unit.
 */
final class ConstantDelay extends DelayStage {
    /** A unit resting: its lot, and when it is done (or, while paused, the hours it has left). */
    private static final class Held {
        final Lot lot;
        double due;

        Held(Lot lot, double due) {
            this.lot = lot;
            this.due = due;
        }
    }

    private final ArrayDeque<Held> resting = new ArrayDeque<>();
    private final EventCounter next;
    private boolean running = true;
    private boolean scheduled;

    ConstantDelay(Station station) {
        super(station);
        LineModel model = station.model;
        this.next = new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                scheduled = false;
                endDue();
            }
        };
    }

    @Override
    void start(Lot lot, double hours) {
        double now = station.model.sim.time();
        resting.addLast(new Held(lot, running ? now + hours : hours));
        scheduleFirst();
    }

    @Override
    int resting() {
        return resting.size();
    }

    @Override
    void sync() {
        boolean shouldRun = !station.inPlannedDowntime();
        if (shouldRun == running) {
            return;
        }
        double now = station.model.sim.time();
        for (Held h : resting) {
            h.due = shouldRun ? now + h.due : Math.max(0, h.due - now); // while paused, due holds the hours left
        }
        running = shouldRun;
        if (!running && scheduled) {
            next.cancel();
            scheduled = false;
        }
        scheduleFirst();
    }

    /** Every unit due now ends, oldest first (units that started together end together, in their order). */
    private void endDue() {
        double now = station.model.sim.time();
        do {
            ended(resting.pollFirst().lot);
        } while (running && !resting.isEmpty() && resting.peekFirst().due <= now);
        scheduleFirst();
    }

    private void scheduleFirst() {
        if (running && !scheduled && !resting.isEmpty()) {
            next.scheduleAt(resting.peekFirst().due);
            scheduled = true;
        }
    }
}
