package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import dev.linesim.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Shared repair crews against the exact machine-repairman model: N machines, each up for an exponential time of rate
 * lambda, then broken down until one of c technicians has repaired it (exponential, rate mu), first come first served.
 * The number broken down is a birth-death chain with birth rate (N - n) lambda and death rate min(n, c) mu.
 */
class RepairCrewTest {
    private static final int MACHINES = 5;
    private static final double LAMBDA = 1 / 10.0;
    private static final double MU = 1 / 2.0;

    /** Probabilities of 0..N machines broken down with c technicians. */
    private static double[] brokenDown(int c) {
        double[] w = new double[MACHINES + 1];
        double total = 0;
        for (int n = 0; n <= MACHINES; n++) {
            double ways = 1; // N! / (N - n)! divided by n! while n <= c, by c! c^(n - c) after
            for (int k = 0; k < n; k++) {
                ways *= (MACHINES - k) / (double) (k < c ? k + 1 : c);
            }
            w[n] = ways * Math.pow(LAMBDA / MU, n);
            total += w[n];
        }
        for (int n = 0; n <= MACHINES; n++) {
            w[n] /= total;
        }
        return w;
    }

    /** The five machines in two stations of 3 and 2 that share one crew: failures are by time, so flow does not matter. */
    private static RunSummary line(int technicians) {
        return TestLines.run(TestLines.parse("""
                name: test
                product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
                repair_crews:
                  - {id: fitters, size: %d}
                run: {horizon: 40000 h, warmup: 200 h, replications: 6, seed: 12}
                stations:
                  - id: press
                    machines: 3
                    process_time: 1 h
                    failures: {mtbf: 10 h, mttr: {dist: exponential, mean: 2 h}, repair_crew: fitters}
                  - id: stack
                    machines: 2
                    process_time: 0.5 h
                    buffer: 10
                    failures: {mtbf: 10 h, mttr: {dist: exponential, mean: 2 h}, repair_crew: fitters}
                """.formatted(technicians)));
    }

    @Test
    void aBusyCrewMakesBreakdownsWaitAsTheMachineRepairmanModelSays() {
        for (int c : new int[] {1, 2}) {
            double[] p = brokenDown(c);
            double down = 0;
            double waiting = 0;
            double repairing = 0;
            for (int n = 0; n <= MACHINES; n++) {
                down += n * p[n];
                waiting += Math.max(n - c, 0) * p[n];
                repairing += Math.min(n, c) * p[n];
            }
            RunSummary run = line(c);
            String crew = c + " technician(s): ";
            for (String station : new String[] {"press", "stack"}) {
                near(crew + station + " down", down / MACHINES, run.station(station, "down"));
                near(crew + station + " waiting", waiting / MACHINES, run.station(station, "waiting_for_crew"));
            }
            near(crew + "crew busy", repairing / c, run.line("crew_utilisation"));
            // Little's law: machines waiting = breakdowns per hour x mean wait
            near(crew + "mean wait", waiting / (LAMBDA * (MACHINES - down)), run.line("crew_wait_h"));
        }
    }

    @Test
    void withTechniciansForEveryMachineNothingWaits() {
        RunSummary run = line(MACHINES);
        assertEquals(0, run.station("press", "waiting_for_crew").mean(), 0.0);
        assertEquals(0, run.line("crew_wait_h").mean(), 0.0);
        near("down, as with no crew", (1 / MU) / (1 / LAMBDA + 1 / MU), run.station("stack", "down"));
    }

    /** One machine with constant times between failures and repairs, repaired by a crew on two shifts a day. */
    private static RunSummary shifts(String crewShifts, String mtbf, String mttr) {
        return TestLines.run(TestLines.parse("""
                name: test
                product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
                repair_crews:
                  - id: fitters
                    shifts: %s
                run: {horizon: 12 d, warmup: 2 d, replications: 2, seed: 1}
                stations:
                  - id: press
                    process_time: 1 h
                    failures: {mtbf: {dist: constant, value: %s}, mttr: {dist: constant, value: %s}, repair_crew: fitters}
                """.formatted(crewShifts, mtbf, mttr)));
    }

    /**
     * No technician from 0 to 12 h: a breakdown at 4 h waits until 12 h (8 h), is repaired by 13 h; the next, at 20 h,
     * at once by 21 h; then 4 h again. Each day: down 10 h, waiting 8 h, the technician busy 2 of 12 h, mean wait 4 h.
     */
    @Test
    void aBreakdownWhileNoTechnicianIsOnDutyWaitsForTheShift() {
        RunSummary run = shifts("[{from: 0 h, size: 0}, {from: 12 h, size: 1}]", "7 h", "1 h");
        assertEquals(10 / 24.0, run.station("press", "down").mean(), 1e-9);
        assertEquals(8 / 24.0, run.station("press", "waiting_for_crew").mean(), 1e-9);
        assertEquals(2 / 12.0, run.line("crew_utilisation").mean(), 1e-9);
        assertEquals(4, run.line("crew_wait_h").mean(), 1e-9);
    }

    /**
     * A technician on duty from 0 to 12 h: the breakdown at 11 h is repaired until 14 h (the technician finishes it,
     * then goes home); the one at 22 h waits until 0 h and is repaired by 3 h; then 11 h again. Each day: down 8 h,
     * waiting 2 h, 6 technician-hours repairing against 12 on duty. Repairs begun in the 10 observed days: 10 at once
     * and 9 after 2 h (the 0 h repair of the first day begins as the warm-up ends, the last day's waits past the end).
     */
    @Test
    void aTechnicianFinishesTheRepairInHandWhenTheShiftEnds() {
        RunSummary run = shifts("[{from: 0 h, size: 1}, {from: 12 h, size: 0}]", "8 h", "3 h");
        assertEquals(8 / 24.0, run.station("press", "down").mean(), 1e-9);
        assertEquals(2 / 24.0, run.station("press", "waiting_for_crew").mean(), 1e-9);
        assertEquals(6 / 12.0, run.line("crew_utilisation").mean(), 1e-9);
        assertEquals(9 * 2 / 19.0, run.line("crew_wait_h").mean(), 1e-9);
    }

    /** Within three half-widths of the 95 % interval, and an interval narrow enough to tell the cases apart. */
    private static void near(String what, double exact, Estimate e) {
        assertEquals(exact, e.mean(), 3 * e.halfWidth(), what + ": " + e);
        assertTrue(e.halfWidth() < 0.05 * Math.max(exact, 0.1), what + " CI too wide: " + e);
    }
}
