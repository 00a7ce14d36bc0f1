package dev.linesim.line;

import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.StationSpec;
import dev.linesim.sim.EventCounter;
import java.util.ArrayDeque;

/**
 * The units resting in a delay stage of constant duration (wetting, aging) with no limit on places: since every unit
 * rests as long, they finish in the order they came, so they wait in one queue with one pending event, the first
 * unit's end, instead of a machine and an event each. A planned stop of the stage pauses them all and each resumes with
 * the time it had left, as a machine's job would. Finished units that the next station cannot take yet wait here too,
 * in order. Times are kept and compared exactly as a machine's would be, so the line follows the same trajectory.
 */
final class ConstantDelay {
    /** A unit resting: its lot, and when it is done (or, while paused, the hours it has left). */
    private static final class Held {
        final Lot lot;
        double due;

        Held(Lot lot, double due) {
            this.lot = lot;
            this.due = due;
        }
    }

    private final Station station;
    private final ArrayDeque<Held> resting = new ArrayDeque<>();
    private final ArrayDeque<Lot> finished = new ArrayDeque<>();
    private final EventCounter next;
    private boolean running = true;
    private boolean scheduled;

    ConstantDelay(Station station) {
        this.station = station;
        LineModel model = station.model;
        this.next = new EventCounter(model.sim, model.events) {
            @Override
            protected void fire() {
                scheduled = false;
                endDue();
            }
        };
    }

    /** Whether a station of this spec rests its units this way: an unlimited delay stage of constant duration, not ramped. */
    static boolean suits(StationSpec spec, boolean ramped) {
        return spec.kind() == StationSpec.Kind.DELAY && spec.machines() == StationSpec.UNLIMITED
                && spec.processTime() instanceof Distribution.Constant && spec.failures().isEmpty() && !ramped;
    }

    /** A unit starts resting for {@code hours}. */
    void start(Lot lot, double hours) {
        double now = station.model.sim.time();
        resting.addLast(new Held(lot, running ? now + hours : hours));
        scheduleFirst();
    }

    int resting() {
        return resting.size();
    }

    int finishedWaiting() {
        return finished.size();
    }

    /** The oldest finished unit waiting to move on, or null. */
    Lot firstFinished() {
        return finished.peekFirst();
    }

    void removeFirstFinished() {
        finished.pollFirst();
    }

    void addFinished(Lot lot) {
        finished.addLast(lot);
    }

    /** Pauses or resumes the resting units as the stage enters or leaves planned downtime. */
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
            station.rested(resting.pollFirst().lot);
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
