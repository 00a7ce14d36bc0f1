package dev.linesim.line;

import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Simulator;

/** A quantity that changes over simulated time, with its time-weighted average kept by SSJ's {@link Accumulate}. */
final class Level {
    private final Accumulate accumulate;
    private double value;

    Level(Simulator sim, String name) {
        accumulate = new Accumulate(sim, name);
        accumulate.init(0);
    }

    double value() {
        return value;
    }

    void set(double v) {
        if (v != value) {
            value = v;
            accumulate.update(v);
        }
    }

    void add(double dv) {
        set(value + dv);
    }

    /** Forgets the history (end of warm-up); the current value carries on. */
    void reset() {
        accumulate.init(value);
    }

    /** Time-weighted average since the last reset, integrated up to now. */
    double average() {
        accumulate.update(value);
        return accumulate.average();
    }
}
