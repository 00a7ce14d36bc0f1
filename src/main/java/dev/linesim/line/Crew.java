package dev.linesim.line;

import dev.linesim.scenario.RepairCrew;
import java.util.ArrayDeque;

/**
 * A repair crew at run time: its technicians, busy or free, and the broken-down machines waiting for one, first come
 * first served across all the stations the crew serves. When a shift brings more technicians, they take waiting
 * machines at once; when it brings fewer, a busy technician finishes the repair in hand and then goes home.
 */
final class Crew {
    final RepairCrew spec;
    /** Technicians busy repairing, over time. */
    final Level busy;
    /** Technicians on duty, over time. */
    private final Level onDuty;
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
        this.onDuty = new Level(model.sim);
        onDuty.add(spec.sizeAt(0));
    }

    /** A shift starts with {@code size} technicians on duty: those who arrive take the machines that waited longest. */
    void shift(int size) {
        onDuty.add(size - onDuty.value());
        while (busy.value() < onDuty.value() && !waiting.isEmpty()) {
            busy.add(1);
            takeLongestWaiting();
        }
    }

    /** A machine broke down: whether a technician starts on it now (else it waits its turn). */
    boolean call(Machine m) {
        if (busy.value() < onDuty.value()) {
            busy.add(1);
            started(0);
            return true;
        }
        waiting.addLast(m);
        calledAt.addLast(model.sim.time());
        return false;
    }

    /** A repair ended: the technician goes to the machine that has waited longest, or becomes free. */
    void release() {
        if (waiting.isEmpty() || busy.value() > onDuty.value()) { // nothing to do, or the shift has ended
            busy.add(-1);
            return;
        }
        takeLongestWaiting();
    }

    /** A technician goes to the machine that has waited longest, and its repair begins. */
    private void takeLongestWaiting() {
        started(model.sim.time() - calledAt.pollFirst());
        Machine m = waiting.pollFirst();
        m.holder.technicianArrives(m);
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
        onDuty.reset();
        repairsStarted = 0;
        hoursWaited = 0;
    }

    CrewResult result() {
        double technicians = onDuty.average();
        return new CrewResult(spec.id(), technicians, technicians > 0 ? busy.average() / technicians : Double.NaN,
                repairsStarted,
                repairsStarted > 0 ? hoursWaited / repairsStarted : Double.NaN);
    }
}
