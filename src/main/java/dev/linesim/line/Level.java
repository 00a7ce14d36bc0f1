package dev.linesim.line;

import umontreal.ssj.simevents.Simulator;

/**
 * A quantity that changes over simulated time, with its time-weighted average since the last reset. The arithmetic
 * is SSJ's {@code Accumulate}'s, step for step (area += last value x time since the last change; average = area /
 * time since the reset), without its minimum, maximum and observers, which nothing here reads: levels change on most
 * events, so this is kept to the sum alone.
 */
final class Level {
    private final Simulator sim;
    private double value;
    private double sum;
    private double lastTime;
    private double resetTime;

    Level(Simulator sim) {
        this.sim = sim;
        lastTime = resetTime = sim.time();
    }

    double value() {
        return value;
    }

    void set(double v) {
        if (v != value) {
            integrate();
            value = v;
        }
    }

    void add(double dv) {
        set(value + dv);
    }

    /** Forgets the history (end of warm-up); the current value carries on. */
    void reset() {
        sum = 0;
        lastTime = resetTime = sim.time();
    }

    /** Time-weighted average since the last reset, integrated up to now. */
    double average() {
        integrate();
        double period = lastTime - resetTime;
        return period > 0 ? sum / period : 0;
    }

    private void integrate() {
        double now = sim.time();
        sum += value * (now - lastTime);
        lastTime = now;
    }
}
