package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.StationSpec;
import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A buffer's bookkeeping: lots packed into units, taken oldest first with their cells' entry times and defects,
 * checked against a plain queue of arrival groups over many random moves (so the ring of groups wraps and grows).
 */
class InletTest {

    /** The expected state: a queue of groups that arrived together, as a reader would write it. */
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

    @Test
    void unitsLeaveOldestFirstWithTheirEntryTimesAndDefects() {
        long cellsPerUnit = 4;
        Inlet inlet = new Inlet(null, null, cellsPerUnit, StationSpec.UNLIMITED);
        ArrayDeque<Group> expected = new ArrayDeque<>();
        long pendingCells = 0;
        long pendingDefective = 0;
        double pendingEntrySum = 0;
        Random random = new Random(11);
        double now = 0;
        long mostWaiting = 0;
        for (int step = 0; step < 20_000; step++) {
            now += random.nextDouble();
            long waiting = expected.stream().mapToLong(g -> g.units).sum();
            mostWaiting = Math.max(mostWaiting, waiting);
            // bursts of arrivals, then of takes, so the queue of groups grows past its first room and wraps around
            boolean filling = (step / 500) % 2 == 0;
            boolean arrive = waiting == 0 || (filling ? random.nextInt(4) > 0 : random.nextInt(4) == 0);
            if (arrive) {
                long cells = 1 + random.nextInt(9);
                long defective = random.nextInt((int) cells + 1) / 3;
                double entrySum = cells * (now - random.nextDouble() * 5);
                boolean unitsAdded = inlet.accept(new Lot(cells, entrySum, defective, null), now);
                pendingCells += cells;
                pendingDefective += defective;
                pendingEntrySum += entrySum;
                long whole = pendingCells / cellsPerUnit;
                assertEquals(whole > 0, unitsAdded, "whether a lot of " + cells + " cells completed a unit, step " + step);
                if (whole > 0) {
                    double meanEntry = pendingEntrySum / pendingCells;
                    long d = Math.min(pendingDefective, whole * cellsPerUnit);
                    pendingDefective -= d;
                    expected.addLast(new Group(whole, d, meanEntry, now));
                    pendingCells -= whole * cellsPerUnit;
                    pendingEntrySum = pendingCells * meanEntry;
                }
            } else {
                long k = 1 + random.nextInt((int) Math.min(waiting, filling ? 2 : 12));
                Lot taken = inlet.take(k);
                long cells = 0;
                long defective = 0;
                double entrySum = 0;
                for (long left = k; left > 0; ) {
                    Group g = expected.peekFirst();
                    long n = Math.min(left, g.units);
                    cells += n * cellsPerUnit;
                    entrySum += n * cellsPerUnit * g.meanEntry;
                    long d = Math.min(g.defective, n * cellsPerUnit);
                    defective += d;
                    g.defective -= d;
                    g.units -= n;
                    left -= n;
                    if (g.units == 0) {
                        expected.pollFirst();
                    }
                }
                assertEquals(cells, taken.cells(), "cells taken at step " + step);
                assertEquals(defective, taken.defective(), "defective cells taken at step " + step);
                assertEquals(entrySum, taken.entrySum(), 0.0, "entry-time sum taken at step " + step);
            }
            assertEquals(expected.stream().mapToLong(g -> g.units).sum(), inlet.units(), "units at step " + step);
            assertEquals(expected.isEmpty() ? Double.POSITIVE_INFINITY : expected.peekFirst().arrivedAt,
                    inlet.oldestArrival(), "oldest arrival at step " + step);
        }
        // a group holds at most 3 units (12 cells of 4 per unit), so this many units were dozens of groups at once
        assertTrue(mostWaiting > 100, "the buffer filled well past its first room: " + mostWaiting + " units");
    }
}
