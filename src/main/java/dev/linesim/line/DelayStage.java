package dev.linesim.line;

import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.StationSpec;
import java.util.ArrayDeque;

/**
 * The units held by a delay stage (wetting, aging): resting, then finished and waiting for the next station to take
 * them, oldest first. A delay stage has no machines; a place is a unit held, resting or waiting, so a stage with a
 * capacity is full when it holds that many. Delay stages never fail and take one unit per start.
 *
 * <p>How units rest depends on their duration: {@link ConstantDelay} keeps them in one queue with one pending event,
 * since they end in the order they started; {@link RandomDelay} gives each its own event. Both pause every resting unit
 * while the stage is in planned downtime and resume it with the time it had left, as a machine's job would.
 */
abstract class DelayStage extends Holding {
    /** Places, or {@link StationSpec#UNLIMITED}. */
    final int places;
    private final ArrayDeque<Lot> finished = new ArrayDeque<>();

    DelayStage(Station station) {
        super(station);
        this.places = station.spec.machines();
    }

    /** The delay stage for a station's spec, or null for a process station. */
    static DelayStage of(Station station, boolean ramped) {
        StationSpec spec = station.spec;
        if (!spec.isDelay()) {
            return null;
        }
        // a ramp stretches each duration by the factor at its start, so ramped units need not end in order
        return spec.processTime() instanceof Distribution.Constant && !ramped
                ? new ConstantDelay(station) : new RandomDelay(station);
    }

    /** Units resting now. */
    abstract int resting();

    /** A unit has rested: its scrap is removed and the rest waits to move on. */
    final void ended(Lot lot) {
        Lot out = station.jobEnded(lot);
        if (out.cells() > 0) {
            finished.addLast(out);
        }
        station.wake();
    }

    @Override
    final boolean hasRoom() {
        return places == StationSpec.UNLIMITED || resting() + finished.size() < places;
    }

    @Override
    final Lot firstFinished() {
        return finished.peekFirst();
    }

    @Override
    final void removeFirstFinished() {
        finished.pollFirst();
    }

    @Override
    final boolean holdsFinished() {
        return !finished.isEmpty();
    }

    @Override
    final int places() {
        return places == StationSpec.UNLIMITED ? 0 : places;
    }

    @Override
    final void count(StationStatistics stats) {
        stats.holding(resting(), finished.size(), places());
    }
}
