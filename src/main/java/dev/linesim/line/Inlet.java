package dev.linesim.line;

import dev.linesim.scenario.StationSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

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
     * Units that arrived together, with their cells' mean entry time and how many of the cells are defective. Cells
     * of a group are alike but for their defects, so taking defective cells first is as good an order as any.
     */
    private static final class Group {
        long units;
        long defective;
        final double meanEntry;
        final double arrivedAt;

        Group(long units, long defective, double meanEntry, double arrivedAt) {
            this.units = units;
            this.defective = defective;
            this.meanEntry = meanEntry;
            this.arrivedAt = arrivedAt;
        }
    }

    final Station owner;
    final Station upstream;
    /** Stations sending cells back into this buffer on a declared rework edge, besides {@code upstream}. */
    final List<Station> returning = new ArrayList<>(0);
    private final long cellsPerUnit;
    private final long capacity;
    private final ArrayDeque<Group> groups = new ArrayDeque<>();
    private long units;
    private long pendingCells;
    private long pendingDefective;
    private double pendingEntrySum;
    private double arrivedCells;
    private double takenCells;

    Inlet(Station owner, Station upstream, long cellsPerUnit, int capacity) {
        this.owner = owner;
        this.upstream = upstream;
        this.cellsPerUnit = cellsPerUnit;
        this.capacity = capacity;
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
        return groups.isEmpty() ? Double.POSITIVE_INFINITY : groups.peekFirst().arrivedAt;
    }

    void accept(Lot lot, double now) {
        pendingCells += lot.cells();
        pendingEntrySum += lot.entrySum();
        pendingDefective += lot.defective();
        arrivedCells += lot.cells();
        long whole = pendingCells / cellsPerUnit;
        if (whole > 0) {
            double meanEntry = pendingEntrySum / pendingCells;
            long defective = Math.min(pendingDefective, whole * cellsPerUnit);
            pendingDefective -= defective;
            groups.addLast(new Group(whole, defective, meanEntry, now));
            units += whole;
            if (units > RUNAWAY_UNITS) { // the last resort, should the trend test not have fired
                throw new LineUnstable(owner.spec.id(), "the line cannot keep up: the input buffer of '" + owner.spec.id()
                        + "' from '" + upstream.spec.id() + "' holds over " + RUNAWAY_UNITS + " units: '" + upstream.spec.id()
                        + "' delivers faster than '" + owner.spec.id() + "' can take (give it more machines, or a finite"
                        + " buffer)");
            }
            pendingCells -= whole * cellsPerUnit;
            pendingEntrySum = pendingCells * meanEntry;
        }
    }

    /** Removes {@code k} units, oldest first, as one lot. */
    Lot take(long k) {
        long cells = 0;
        long defective = 0;
        double entrySum = 0;
        long left = k;
        while (left > 0) {
            Group g = groups.peekFirst();
            long n = Math.min(left, g.units);
            cells += n * cellsPerUnit;
            entrySum += n * cellsPerUnit * g.meanEntry;
            if (g.defective > 0) {
                long d = Math.min(g.defective, n * cellsPerUnit);
                defective += d;
                g.defective -= d;
            }
            g.units -= n;
            left -= n;
            if (g.units == 0) {
                groups.pollFirst();
            }
        }
        units -= k;
        takenCells += cells;
        return new Lot(cells, entrySum, defective, null);
    }
}
