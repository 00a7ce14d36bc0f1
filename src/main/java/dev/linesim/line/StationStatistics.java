package dev.linesim.line;

import umontreal.ssj.simevents.Simulator;

/**
 * What a station records: time shares of its machines by state, material held, and counts of cells
 * started, passed and scrapped. Machine states are counted (not scanned), so a station with a thousand
 * machines costs no more per event than one with two.
 */
final class StationStatistics {
    private final int[] activity = new int[3];
    private final int[] failedActivity = new int[3];
    private int failed;
    final Level busy;
    final Level blocked;
    final Level starved;
    final Level down;
    final Level idle;
    final Level cellsHeld;
    double cellsIn;
    double goodOut;
    double scrapped;

    StationStatistics(Simulator sim, String id) {
        busy = new Level(sim, id + " busy");
        blocked = new Level(sim, id + " blocked");
        starved = new Level(sim, id + " starved");
        down = new Level(sim, id + " down");
        idle = new Level(sim, id + " idle");
        cellsHeld = new Level(sim, id + " cells");
    }

    void added(Machine m) {
        activity[m.activity]++;
    }

    void setActivity(Machine m, int a) {
        activity[m.activity]--;
        if (m.failed) {
            failedActivity[m.activity]--;
            failedActivity[a]++;
        }
        activity[a]++;
        m.activity = a;
    }

    void setFailed(Machine m, boolean f) {
        if (m.failed != f) {
            failed += f ? 1 : -1;
            failedActivity[m.activity] += f ? 1 : -1;
            m.failed = f;
        }
    }

    /** Updates the time shares: down outranks planned idle, which outranks busy, blocked and starved. */
    void record(boolean planned, int machines) {
        down.set(failed);
        if (planned) {
            idle.set(machines - failed);
            busy.set(0);
            blocked.set(0);
            starved.set(0);
        } else {
            idle.set(0);
            busy.set(activity[Machine.BUSY] - failedActivity[Machine.BUSY]);
            blocked.set(activity[Machine.BLOCKED] - failedActivity[Machine.BLOCKED]);
            starved.set(activity[Machine.IDLE] - failedActivity[Machine.IDLE]);
        }
    }

    void reset() {
        for (Level l : new Level[] {busy, blocked, starved, down, idle, cellsHeld}) {
            l.reset();
        }
        cellsIn = 0;
        goodOut = 0;
        scrapped = 0;
    }
}
