package dev.linesim.line;

import dev.linesim.scenario.StationSpec;
import java.util.Arrays;

/**
 * The input buffer of a station for material from one upstream station.
 *
 * <p>Material arrives as lots of cells and is packed into the owner's units of {@code cellsPerUnit} cells;
 * a remainder smaller than one unit waits for the next lot. A finite buffer accepts a lot while it holds
 * fewer units than its capacity; otherwise the upstream machine keeps its finished lot and is blocked. A buffer of
 * 0 is a direct hand-over: a lot moves only when a machine here is free to start on it at once.
 */
final class Inlet {
    /** Units a buffer may hold before the line is judged unstable (work arrives faster than it can leave). */
    static final long RUNAWAY_UNITS = 2_000_000;

    /**
     * The waiting units in groups that arrived together, oldest first: each group's units, how many of its cells are
     * defective, its cells' mean entry time (h) and its arrival time (h). Cells of a group are alike but for their
     * defects, so taking defective cells first is as good an order as any. Kept as a ring of parallel arrays, since a
     * group is made and used up on most moves between stations. Their length is a power of two (8, doubled when
     * full), so a position wraps around with a mask.
     */
    private long[] groupUnits = new long[8];
    private long[] groupDefective = new long[8];
    private double[] groupMeanEntry = new double[8];
    private double[] groupArrivedAt = new double[8];
    /** Index of the oldest group, and how many there are. */
    private int head;
    private int groups;

    final Station owner;
    final Station upstream;
    /** Stations whose finished lots come here: {@code upstream}, then any sending cells back on a rework edge. */
    Station[] feeders;
    private final long cellsPerUnit;
    private final long capacity;
    private long units;
    private long pendingCells;
    private long pendingDefective;
    private double pendingEntrySum;
    private double arrivedCells;
    private double takenCells;
    /** A take since the owner last woke the feeders made room a feeder may have waited for (see {@link #roomMade}). */
    private boolean roomMade;

    Inlet(Station owner, Station upstream, long cellsPerUnit, int capacity) {
        this.owner = owner;
        this.upstream = upstream;
        this.cellsPerUnit = cellsPerUnit;
        this.capacity = capacity;
        this.feeders = new Station[] {upstream};
    }

    /** Wiring: {@code s} sends cells back into this buffer on a declared rework edge. */
    void returnsFrom(Station s) {
        feeders = Arrays.copyOf(feeders, feeders.length + 1);
        feeders[feeders.length - 1] = s;
    }

    boolean unlimited() {
        return capacity == StationSpec.UNLIMITED;
    }

    /** Cells that have arrived since the start of the run. */
    double arrivedCells() {
        return arrivedCells;
    }

    /** Cells taken by the owner since the start of the run. */
    double takenCells() {
        return takenCells;
    }

    /** Whether a finished lot may move in now: room in the buffer, or, with no buffer, a machine ready to take it. */
    boolean canAccept() {
        if (capacity == 0) {
            return units == 0 && owner.readyToTake();
        }
        return units < capacity;
    }

    /** No buffer: lots pass straight from an upstream machine to a machine here. */
    boolean handOver() {
        return capacity == 0;
    }

    long units() {
        return units;
    }

    /** Cells held, including a partly filled unit. */
    long cells() {
        return units * cellsPerUnit + pendingCells;
    }

    /** Arrival time of the oldest waiting unit, or +infinity when empty. */
    double oldestArrival() {
        return groups == 0 ? Double.POSITIVE_INFINITY : groupArrivedAt[head];
    }

    /**
     * A lot moves in: its cells are packed into whole units, the remainder waiting for the next lot. Whether any whole
     * unit was added: a lot smaller than a unit (a cell into a buffer of trays) gives the owner nothing new to start.
     */
    boolean accept(Lot lot, double now) {
        pendingCells += lot.cells();
        pendingEntrySum += lot.entrySum();
        pendingDefective += lot.defective();
        arrivedCells += lot.cells();
        long whole = cellsPerUnit == 1 ? pendingCells : pendingCells / cellsPerUnit; // most stations count cells
        if (whole > 0) {
            double meanEntry = pendingEntrySum / pendingCells;
            long defective = Math.min(pendingDefective, whole * cellsPerUnit);
            pendingDefective -= defective;
            addGroup(whole, defective, meanEntry, now);
            units += whole;
            if (units > RUNAWAY_UNITS) { // the last resort, should the trend test not have fired
                throw new LineUnstable(owner.spec.id(), "the line cannot keep up: the input buffer of '" + owner.spec.id()
                        + "' from '" + upstream.spec.id() + "' holds over " + RUNAWAY_UNITS + " units: '" + upstream.spec.id()
                        + "' delivers faster than '" + owner.spec.id() + "' can take (give it more machines, or a finite"
                        + " buffer)");
            }
            pendingCells -= whole * cellsPerUnit;
            pendingEntrySum = pendingCells * meanEntry;
            return true;
        }
        return false;
    }

    private void addGroup(long n, long defective, double meanEntry, double now) {
        if (groups == groupUnits.length) {
            grow();
        }
        int i = (head + groups) & (groupUnits.length - 1);
        groupUnits[i] = n;
        groupDefective[i] = defective;
        groupMeanEntry[i] = meanEntry;
        groupArrivedAt[i] = now;
        groups++;
    }

    /** Twice the room, the groups copied oldest first from index 0. */
    private void grow() {
        int n = groupUnits.length;
        long[] units = new long[2 * n];
        long[] defective = new long[2 * n];
        double[] meanEntry = new double[2 * n];
        double[] arrivedAt = new double[2 * n];
        for (int k = 0; k < groups; k++) {
            int i = (head + k) & (n - 1);
            units[k] = groupUnits[i];
            defective[k] = groupDefective[i];
            meanEntry[k] = groupMeanEntry[i];
            arrivedAt[k] = groupArrivedAt[i];
        }
        groupUnits = units;
        groupDefective = defective;
        groupMeanEntry = meanEntry;
        groupArrivedAt = arrivedAt;
        head = 0;
    }

    /** Removes {@code k} units, oldest first, as one lot. */
    Lot take(long k) {
        long cells = 0;
        long defective = 0;
        double entrySum = 0;
        long left = k;
        while (left > 0) {
            int g = head;
            long n = Math.min(left, groupUnits[g]);
            cells += n * cellsPerUnit;
            entrySum += n * cellsPerUnit * groupMeanEntry[g];
            if (groupDefective[g] > 0) {
                long d = Math.min(groupDefective[g], n * cellsPerUnit);
                defective += d;
                groupDefective[g] -= d;
            }
            groupUnits[g] -= n;
            left -= n;
            if (groupUnits[g] == 0) {
                head = (head + 1) & (groupUnits.length - 1);
                groups--;
            }
        }
        // a full buffer got room; feeders wait only on a full buffer, or on a hand-over (no buffer)
        roomMade |= capacity == 0 || (units >= capacity && units - k < capacity);
        units -= k;
        takenCells += cells;
        return new Lot(cells, entrySum, defective, null);
    }

    /**
     * Whether a take made room that a feeder holding a finished lot may have waited for, since the last call. Room in a
     * buffer that was not full changes nothing for the feeders: a feeder holds a lot for this buffer only while it is
     * full, since every take that ends a full spell wakes them.
     */
    boolean roomMade() {
        boolean made = roomMade;
        roomMade = false;
        return made;
    }
}
