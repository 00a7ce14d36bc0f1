package dev.linesim.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches every unlimited input buffer for a line that cannot keep up, long before memory runs out. At each
 * checkpoint it records the buffer's level; over the last {@link #WINDOW} checkpoints it applies the Mann-Kendall
 * trend test (Kendall, "Rank Correlation Methods", 1975). The line is called unstable when three things hold: the
 * upward trend is overwhelming (Z above {@link #Z_LIMIT}, a chance below one in a billion), the level grew by at
 * least {@link #MIN_GROWTH_UNITS} units in the window, and the cells that have arrived since the start came faster
 * than the station can take them: more than {@link #OVERLOAD} times its capacity (machines x batch x cells per
 * unit / mean process time x availability). The last keeps the long random swings of a busy but stable station
 * (an M/M/1 queue at 95 % drifts for weeks) from being mistaken for a runaway.
 */
final class RunawayWatch {
    /** Checkpoints judged together. */
    static final int WINDOW = 40;
    static final double Z_LIMIT = 6.0;
    static final long MIN_GROWTH_UNITS = 50;
    static final double OVERLOAD = 1.02;

    private final List<Track> tracks = new ArrayList<>();

    /** One buffer's recent levels and flows. */
    private static final class Track {
        final Inlet inlet;
        final long[] units = new long[WINDOW];
        final double[] arrived = new double[WINDOW];
        final double[] taken = new double[WINDOW];
        final double[] time = new double[WINDOW];
        int count;

        Track(Inlet inlet) {
            this.inlet = inlet;
        }
    }

    RunawayWatch(List<Inlet> inlets) {
        for (Inlet in : inlets) {
            if (in.unlimited()) {
                tracks.add(new Track(in));
            }
        }
    }

    boolean watching() {
        return !tracks.isEmpty();
    }

    /** Records every buffer at {@code now} and throws when one is growing without limit. */
    void checkpoint(double now) {
        for (Track t : tracks) {
            int i = t.count % WINDOW;
            t.units[i] = t.inlet.units();
            t.arrived[i] = t.inlet.arrivedCells();
            t.taken[i] = t.inlet.takenCells();
            t.time[i] = now;
            t.count++;
            if (t.count >= WINDOW) {
                judge(t);
            }
        }
    }

    private static void judge(Track t) {
        int first = t.count % WINDOW; // oldest entry of the ring
        int last = (t.count - 1) % WINDOW;
        long from = t.units[first];
        long to = t.units[last];
        double capacity = capacity(t.inlet.owner);
        double arriving = t.arrived[last] / t.time[last];
        if (to - from < MIN_GROWTH_UNITS || !(arriving > OVERLOAD * capacity)) {
            return;
        }
        long s = 0;
        for (int a = 0; a < WINDOW; a++) {
            for (int b = a + 1; b < WINDOW; b++) {
                s += Long.signum(t.units[(first + b) % WINDOW] - t.units[(first + a) % WINDOW]);
            }
        }
        double variance = WINDOW * (WINDOW - 1.0) * (2.0 * WINDOW + 5) / 18.0;
        double z = (s - 1) / Math.sqrt(variance);
        if (z <= Z_LIMIT) {
            return;
        }
        double hours = t.time[last] - t.time[first];
        String owner = t.inlet.owner.spec.id();
        String up = t.inlet.upstream.spec.id();
        throw new LineUnstable(owner, String.format(Locale.ROOT, "the line cannot keep up: '%s' receives %,.2f cells/h"
                + " from '%s' but can take at most %,.2f cells/h, and its input buffer grew from %,d to %,d units over the"
                + " last %,.0f h. Give '%s' more machines or a shorter process time, or give its input a finite buffer (so"
                + " '%s' waits instead)", owner, arriving, up, capacity, from, to, hours, owner, up));
    }

    /** Cells per hour a station can take when never starved or blocked: its design rate times its availability. */
    static double capacity(Station s) {
        double availability = s.spec.failures().map(f -> f.availability()).orElse(1.0);
        return s.spec.designCellsPerHour() * availability;
    }
}
