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
    private long events;
    private long good;

    /**
     * @param ids      station ids, in line order
     * @param means    mean process time of each, hours
     * @param capacity places in each buffer between two machines
     * @param streams  the replication's streams, by linesim's names
     */
    PlainTandemLine(List<String> ids, double[] means, int capacity, double warmup, Map<String, RandomStream> streams) {
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
    }

    /** What one replication did. */
    record Outcome(long good, long events) {
    }

    Outcome run(double horizon) {
        new Event(sim) {
            @Override
            public void actions() {
                events++;
                sim.stop();
            }
        }.schedule(horizon);
        start(0);
        sim.start();
        return new Outcome(good, events);
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
            tryStart(i);
        } else if (buffer[i + 1] < capacity) {
            buffer[i + 1]++;
            holding[i] = false;
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
        end[i].schedule(processTime[i].nextDouble());
    }
}
