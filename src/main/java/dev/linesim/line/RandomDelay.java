package dev.linesim.line;

import dev.linesim.sim.EventCounter;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;

/**
 * A delay stage whose units rest for different times (a random duration, or a ramp stretching it): each resting unit
 * has its own end event, and nothing else, no machine. Events of units that have ended are used again.
 */
final class RandomDelay extends DelayStage {
    /** A unit resting, as its end event: its lot and, while paused, the hours it has left. */
    private final class Resting extends EventCounter {
        Lot lot;
        double hoursLeft;

        Resting() {
            super(station.model.sim, station.model.events);
        }

        @Override
        protected void fire() {
            units.remove(this);
            Lot done = lot;
            lot = null;
            spare.addLast(this);
            ended(done);
        }
    }

    /** Resting units in the order they started, which is the order they are paused and resumed in. */
    private final LinkedHashSet<Resting> units = new LinkedHashSet<>();
    private final ArrayDeque<Resting> spare = new ArrayDeque<>();
    private boolean running = true;

    RandomDelay(Station station) {
        super(station);
    }

    @Override
    void start(Lot lot, double hours) {
        Resting unit = spare.isEmpty() ? new Resting() : spare.pollLast();
        unit.lot = lot;
        units.add(unit);
        if (running) {
            unit.schedule(hours);
        } else {
            unit.hoursLeft = hours;
        }
    }

    @Override
    int resting() {
        return units.size();
    }

    @Override
    void sync() {
        boolean shouldRun = !station.inPlannedDowntime();
        if (shouldRun == running) {
            return;
        }
        running = shouldRun;
        double now = station.model.sim.time();
        for (Resting unit : units) {
            if (running) {
                unit.schedule(unit.hoursLeft);
            } else {
                unit.hoursLeft = Math.max(0, unit.time() - now);
                unit.cancel();
            }
        }
    }
}
