package dev.linesim.line;

import dev.linesim.scenario.RepairCrew;
import java.util.ArrayDeque;

/**
 * A repair crew at run time: its technicians, busy or free, and the broken-down machines waiting for one, first come
 * first served across all the stations the crew serves.
 */
final class Crew {
    final RepairCrew spec;
    /** Technicians busy repairing, over time. */
    final Level busy;
    private final LineModel model;
    private final ArrayDeque<Machine> waiting = new ArrayDeque<>();
    private final ArrayDeque<Double> calledAt = new ArrayDeque<>();
    /** Repairs started since the warm-up, and the hours their machines waited for a technician. */
    private long repairsStarted;
    private double hoursWaited;

    Crew(LineModel model, RepairCrew spec) {
        this.model = model;
        this.spec = spec;
        this.busy = new Level(model.sim);
    }

    /** A machine broke down: whether a technician starts on it now (else it waits its turn). */
    boolean call(Machine m) {
        if (busy.value() < spec.size()) {
            busy.add(1);
            started(0);
            return true;
        }
        waiting.addLast(m);
        calledAt.addLast(model.sim.time());
        return false;
    }

    /** A repair ended: the technician takes the machine that has waited longest, returned, or becomes free (null). */
    Machine release() {
        if (waiting.isEmpty()) {
            busy.add(-1);
            return null;
        }
        started(model.sim.time() - calledAt.pollFirst());
        return waiting.pollFirst();
    }

    private void started(double waited) {
        if (model.observing()) {
            repairsStarted++;
            hoursWaited += waited;
        }
    }

    /** The warm-up ended: statistics start again. */
    void reset() {
        busy.reset();
        repairsStarted = 0;
        hoursWaited = 0;
    }

    CrewResult result() {
        return new CrewResult(spec.id(), spec.size(), busy.average() / spec.size(), repairsStarted,
                repairsStarted > 0 ? hoursWaited / repairsStarted : Double.NaN);
    }
}
