package dev.linesim.bench;

import java.util.List;
import java.util.Map;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * The benchmark's reference: a serial line of single machines with finite buffers between them, written directly on
 * SSJ with nothing but what it needs. The first machine never starves; a machine that finishes while the buffer after
 * it is full keeps its part and is blocked until a place frees (blocking after service). Each machine draws its
 * exponential process time from the stream linesim uses for the same station ({@code <id>/process}), when a job
 * starts, so both programs follow the same trajectory, event for event, and count the same good parts.
 *
 * <p>Bare, it counts good parts and nothing else. Measured ({@code measured = true}), it also keeps, the plain way,
 * what linesim reports for such a line ({@link Measures}): each machine's time busy, blocked and starved, the parts
 * each station holds, the parts in the line and their lead time, all from the end of the warm-up.
 */
final class PlainTandemLine {
    private final Simulator sim = new Simulator(new Henriksen());
    private final int n;
    private final int capacity;
    private final double warmup;
    private final ExponentialGen[] processTime;
    private final End[] end;
    private final boolean[] busy;
    private final boolean[] holding;
    private final int[] buffer; // parts waiting in front of machine i (i >= 1)
    /** What linesim reports, or null for the bare model. */
    private final Measures measures;
    private long events;
    private long good;

    /**
     * @param ids      station ids, in line order
     * @param means    mean process time of each, hours
     * @param capacity places in each buffer between two machines
     * @param measured whether to keep what linesim reports, or only count good parts
     * @param streams  the replication's streams, by linesim's names
     */
    PlainTandemLine(List<String> ids, double[] means, int capacity, double warmup, boolean measured,
                    Map<String, RandomStream> streams) {
        this.n = ids.size();
        this.capacity = capacity;
        this.warmup = warmup;
        this.processTime = new ExponentialGen[n];
        this.end = new End[n];
        for (int i = 0; i < n; i++) {
            processTime[i] = new ExponentialGen(streams.get(ids.get(i) + "/process"), 1.0 / means[i]);
            end[i] = new End(i);
        }
        this.busy = new boolean[n];
        this.holding = new boolean[n];
        this.buffer = new int[n];
        this.measures = measured ? new Measures() : null;
    }

    /**
     * What one replication did: good parts, events, and for the measured model each station's shares of time busy,
     * blocked and starved and mean parts held (in its buffer, in process or blocked), the mean parts in the line, and
     * the mean lead time (h) of good parts (null for the bare model).
     */
    record Outcome(long good, long events, Measured measured) {
    }

    record Measured(double[] busy, double[] blocked, double[] starved, double[] held, double wip, double leadTime) {
    }

    Outcome run(double horizon) {
        new Event(sim) {
            @Override
            public void actions() {
                events++;
                sim.stop();
            }
        }.schedule(horizon);
        if (measures != null && warmup > 0) {
            new Event(sim) {
                @Override
                public void actions() {
                    events++;
                    measures.reset();
                }
            }.schedule(warmup);
        }
        start(0);
        sim.start();
        return new Outcome(good, events, measures == null ? null : measures.result());
    }

    private final class End extends Event {
        private final int station;

        End(int station) {
            super(PlainTandemLine.this.sim);
            this.station = station;
        }

        @Override
        public void actions() {
            events++;
            busy[station] = false;
            holding[station] = true;
            if (measures != null) {
                measures.state(station, Measures.BLOCKED);
            }
            push(station);
        }
    }

    /** Moves machine i's finished part on, if there is room, and lets both machines concerned start again. */
    private void push(int i) {
        if (!holding[i]) {
            return;
        }
        if (i == n - 1) {
            holding[i] = false;
            if (sim.time() >= warmup) {
                good++;
            }
            if (measures != null) {
                measures.state(i, Measures.STARVED);
                measures.moved(i, -1);
                measures.exited(sim.time() >= warmup);
            }
            tryStart(i);
        } else if (buffer[i + 1] < capacity) {
            buffer[i + 1]++;
            holding[i] = false;
            if (measures != null) {
                measures.state(i, Measures.STARVED);
                measures.moved(i, -1);
                measures.moved(i + 1, 1);
            }
            tryStart(i + 1);
            tryStart(i);
        }
    }

    private void tryStart(int i) {
        if (busy[i] || holding[i]) {
            return;
        }
        if (i == 0) {
            start(0);
        } else if (buffer[i] > 0) {
            buffer[i]--;
            start(i);
            push(i - 1); // a place is free: a blocked machine upstream passes its part
        }
    }

    private void start(int i) {
        busy[i] = true;
        if (measures != null) {
            measures.state(i, Measures.BUSY);
            if (i == 0) {
                measures.moved(0, 1);
                measures.entered();
            }
        }
        end[i].schedule(processTime[i].nextDouble());
    }

    /**
     * Time-weighted records kept by hand: hours each machine spent in each state, part-hours held by each station and
     * by the line, and the entry times of the parts in the line, which stay in order on a serial line.
     */
    private final class Measures {
        static final int STARVED = 0;
        static final int BUSY = 1;
        static final int BLOCKED = 2;
        private final double[][] hoursIn = new double[n][3];
        private final int[] state = new int[n];
        private final double[] stateSince = new double[n];
        private final int[] held = new int[n];
        private final double[] heldHours = new double[n];
        private final double[] heldSince = new double[n];
        private int wip;
        private double wipHours;
        private double wipSince;
        private final double[] entries = new double[Integer.highestOneBit(n * (capacity + 1)) * 2];
        private int oldest;
        private int inLine;
        private double leadTimeSum;
        private double resetAt;

        void state(int i, int s) {
            double now = sim.time();
            hoursIn[i][state[i]] += now - stateSince[i];
            stateSince[i] = now;
            state[i] = s;
        }

        /** Station i holds {@code d} more parts. */
        void moved(int i, int d) {
            double now = sim.time();
            heldHours[i] += held[i] * (now - heldSince[i]);
            heldSince[i] = now;
            held[i] += d;
        }

        void entered() {
            line(1);
            entries[(oldest + inLine) & (entries.length - 1)] = sim.time();
            inLine++;
        }

        void exited(boolean observed) {
            line(-1);
            if (observed) {
                leadTimeSum += sim.time() - entries[oldest];
            }
            oldest = (oldest + 1) & (entries.length - 1);
            inLine--;
        }

        private void line(int d) {
            double now = sim.time();
            wipHours += wip * (now - wipSince);
            wipSince = now;
            wip += d;
        }

        /** The end of the warm-up: what was recorded so far is forgotten. */
        void reset() {
            for (int i = 0; i < n; i++) {
                state(i, state[i]);
                moved(i, 0);
                java.util.Arrays.fill(hoursIn[i], 0);
                heldHours[i] = 0;
            }
            line(0);
            wipHours = 0;
            leadTimeSum = 0;
            resetAt = sim.time();
        }

        Measured result() {
            double observed = sim.time() - resetAt;
            double[][] shares = new double[3][n];
            double[] meanHeld = new double[n];
            for (int i = 0; i < n; i++) {
                state(i, state[i]);
                moved(i, 0);
                for (int s = 0; s < 3; s++) {
                    shares[s][i] = hoursIn[i][s] / observed;
                }
                meanHeld[i] = heldHours[i] / observed;
            }
            line(0);
            return new Measured(shares[BUSY], shares[BLOCKED], shares[STARVED], meanHeld, wipHours / observed,
                    leadTimeSum / good);
        }
    }
}
