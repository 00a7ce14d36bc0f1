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
    /** Whether a machine's state changed since the time shares were last recorded, and what they were recorded for. */
    private boolean changed = true;
    private boolean recordedPlanned;
    private int recordedMachines = -1;
    final Level busy;
    final Level blocked;
    final Level starved;
    final Level down;
    final Level idle;
    final Level cellsHeld;
    /** Machines broken down and waiting for a technician of their repair crew. */
    final Level waitingForCrew;
    double cellsIn;
    double goodOut;
    double scrapped;
    /** Defective cells that passed an inspection or grading here, and how many of them it caught. */
    double defectiveSeen;
    double caught;

    StationStatistics(Simulator sim, String id) {
        busy = new Level(sim);
        blocked = new Level(sim);
        starved = new Level(sim);
        down = new Level(sim);
        idle = new Level(sim);
        cellsHeld = new Level(sim);
        waitingForCrew = new Level(sim);
    }

    void added(Machine m) {
        activity[m.activity]++;
        changed = true;
    }

    void setActivity(Machine m, int a) {
        activity[m.activity]--;
        if (m.failed) {
            failedActivity[m.activity]--;
            failedActivity[a]++;
        }
        activity[a]++;
        m.activity = a;
        changed = true;
    }

    /**
     * A delay stage, which has places instead of machines: {@code resting} units in progress, {@code waiting} finished
     * and held, the rest of its {@code places} (0 when unlimited) empty.
     */
    void holding(int resting, int waiting, int places) {
        int empty = Math.max(0, places - resting - waiting);
        if (activity[Machine.BUSY] != resting || activity[Machine.BLOCKED] != waiting || activity[Machine.IDLE] != empty) {
            activity[Machine.BUSY] = resting;
            activity[Machine.BLOCKED] = waiting;
            activity[Machine.IDLE] = empty;
            changed = true;
        }
    }

    void setFailed(Machine m, boolean f) {
        if (m.failed != f) {
            failed += f ? 1 : -1;
            failedActivity[m.activity] += f ? 1 : -1;
            m.failed = f;
            changed = true;
        }
    }

    /** Updates the time shares when a machine's state or the plan changed: down outranks planned idle, which outranks busy, blocked and starved. */
    void record(boolean planned, int machines) {
        if (!changed && planned == recordedPlanned && machines == recordedMachines) {
            return; // the shares are as recorded: most wakes change nothing
        }
        changed = false;
        recordedPlanned = planned;
        recordedMachines = machines;
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

    /**
     * What was recorded since the last reset, as a station's results: time shares per machine or place ({@code places}:
     * NaN for an unlimited delay stage, which has no shares).
     */
    StationResult result(String id, double places) {
        double idleShare = idle.average() / places;
        double busyShare = busy.average() / places;
        double processed = goodOut + scrapped;
        return new StationResult(id, cellsIn, goodOut, scrapped, processed > 0 ? goodOut / processed : Double.NaN,
                busyShare, blocked.average() / places, starved.average() / places, down.average() / places, idleShare,
                busyShare / (1 - idleShare), busy.average() + blocked.average(), cellsHeld.average(),
                waitingForCrew.average() / places, defectiveSeen, caught);
    }

    void reset() {
        for (Level l : new Level[] {busy, blocked, starved, down, idle, cellsHeld, waitingForCrew}) {
            l.reset();
        }
        cellsIn = 0;
        goodOut = 0;
        scrapped = 0;
        defectiveSeen = 0;
        caught = 0;
    }
}
