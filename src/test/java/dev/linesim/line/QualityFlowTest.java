package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import dev.linesim.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Defects, inspection, grading and rework against exact values: detection and grade shares by counting, and a rework
 * loop against the product form of its queueing network.
 */
class QualityFlowTest {

    /**
     * Trays of 100 cells: 5 % get a defect at the source; the inspection catches 80 % of them (scrapped), grading half
     * of the rest (scrapped) and sorts the good cells into A, B and C at 70, 20 and 10 %.
     */
    @Test
    void defectsAreCaughtAtTheirDetectionRatesAndGoodCellsSortedByGradeShares() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 4000 h, warmup: 10 h, replications: 6, seed: 5}", """
                  - {id: make, unit: tray, cells_per_unit: 100, process_time: 1 h, defects: 0.05}
                  - id: check
                    type: inspection
                    unit: tray
                    cells_per_unit: 100
                    process_time: 0.5 h
                    detection: 0.8
                  - id: sort
                    type: grading
                    unit: tray
                    cells_per_unit: 100
                    process_time: 0.5 h
                    detection: 0.5
                    grades:
                      - {name: A, share: 0.7}
                      - {name: B, share: 0.2}
                      - {name: C, share: 0.1}
                """));
        near("inspection catches", 0.8, run.station("check", "detection"));
        near("grading catches", 0.5, run.station("sort", "detection"));
        near("inspection yield", 1 - 0.05 * 0.8, run.station("check", "yield"));
        double escaped = 0.05 * 0.2 * 0.5; // of the cells made
        double good = 1 - 0.05 * 0.8 - escaped;
        near("defective cells shipped, ppm", 1e6 * escaped / good, run.line("escaped_defects_ppm"));
        near("grade A", 0.7, run.line("top_grade_share"));
        double[] shares = {0.7, 0.2, 0.1};
        for (int g = 0; g < 3; g++) {
            double[] observed = new double[run.replications().size()];
            for (int r = 0; r < observed.length; r++) {
                ReplicationResult rep = run.replications().get(r);
                observed[r] = rep.gradeCells()[g] / rep.goodCells();
            }
            near("grade " + g, shares[g], Estimate.of(observed));
        }
        assertEquals(1, run.station("make", "yield").mean(), 0.0, "a defect is not scrap where it is made");
    }

    /**
     * Poisson arrivals (an exponential source that is never blocked) of rate 10/h; 20 % of the cells are defective; an
     * inspection (exponential, 15/h) catches all of them and sends them to a rework station (exponential, 4/h) that
     * scraps a quarter and repairs the rest, back into the inspection's queue; passed cells leave through an end
     * station (exponential, 20/h). All buffers are unlimited and every queue is first come, first served with one
     * service rate for fresh and repaired cells, so the network has a product form (BCMP): each station is an M/M/1
     * queue at its total load, throughput = 10 x (1 - 0.2 x 0.25), and the line holds 1 cell at the source plus the
     * sum of rho / (1 - rho).
     */
    @Test
    void aReworkLoopMatchesTheProductFormOfItsQueueingNetwork() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 30000 h, warmup: 100 h, replications: 6, seed: 9}", """
                  - {id: arrive, process_time: {dist: exponential, mean: 6 min}, defects: 0.2}
                  - id: check
                    type: inspection
                    process_time: {dist: exponential, mean: 4 min}
                    detection: 1
                    caught_to: rework
                  - id: rework
                    from: [check]
                    process_time: {dist: exponential, mean: 15 min}
                    scrap: 0.25
                    returns_to: check
                  - {id: end, from: [check], process_time: {dist: exponential, mean: 3 min}}
                """));
        double lambda = 10;
        double p = 0.2;
        double s = 0.25;
        double rhoCheck = lambda * (1 + p * (1 - s)) / 15;
        double rhoRework = lambda * p / 4;
        double rhoEnd = lambda * (1 - p * s) / 20;
        near("good cells per hour", lambda * (1 - p * s), run.line("good_cells_per_h"));
        near("overall yield: good / leaving", 1 - p * s, run.line("overall_yield"));
        near("inspection busy", rhoCheck, run.station("check", "busy"));
        near("cells at the inspection", rhoCheck / (1 - rhoCheck), run.station("check", "wip_cells"));
        near("cells at rework", rhoRework / (1 - rhoRework), run.station("rework", "wip_cells"));
        double wip = 1 + rhoCheck / (1 - rhoCheck) + rhoRework / (1 - rhoRework) + rhoEnd / (1 - rhoEnd);
        near("cells in the line", wip, run.line("wip_cells"));
        assertEquals(0, run.line("escaped_defects_ppm").mean(), 0.0, "every defect is caught and repaired or scrapped");
    }

    /**
     * A split at random by shares, and the branches merged again: each branch gets its share of the cells (binomial
     * draws per job), and the merge passes every cell on once.
     */
    @Test
    void aSplitSendsEachBranchItsShareAndAMergeJoinsThem() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 3000 h, warmup: 10 h, replications: 6, seed: 3}", """
                  - {id: make, unit: tray, cells_per_unit: 20, process_time: 1 h, split: {slow: 0.3, fast: 0.7}}
                  - {id: slow, process_time: 0.1 h, from: [make]}
                  - {id: fast, process_time: 0.05 h, from: [make], machines: 2}
                  - {id: end, process_time: 0.02 h, from: [slow, fast], merge: true}
                """));
        near("slow branch", 0.3 * 20, run.station("slow", "good_cells_per_h"));
        near("fast branch", 0.7 * 20, run.station("fast", "good_cells_per_h"));
        near("merged", 20, run.line("good_cells_per_h"));
        assertEquals(1, run.line("overall_yield").mean(), 1e-12);
    }

    /**
     * Grades sent on: 10 % of the graded cells rest again for 10 h and are graded anew, so each cell is graded 1 / 0.9
     * times on average, every one leaves in grade A, and the re-aging holds arrival rate x 0.1 / 0.9 x 10 h cells
     * (Little's law).
     */
    @Test
    void aGradeSentOnComesBackAndLeavesLater() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 4000 h, warmup: 100 h, replications: 6, seed: 7}", """
                  - {id: make, process_time: {dist: exponential, mean: 6 min}}
                  - id: sort
                    type: grading
                    process_time: {dist: exponential, mean: 3 min}
                    grades: [{name: A, share: 0.9}, {name: R, share: 0.1, to: reage}]
                  - {id: reage, type: delay, duration: 10 h, from: [sort], returns_to: sort}
                """));
        near("good cells per hour", 10, run.line("good_cells_per_h"));
        near("grading busy", 10 / 0.9 * 3 / 60, run.station("sort", "busy"));
        near("cells re-aging", 10 * 0.1 / 0.9 * 10, run.station("reage", "wip_cells"));
        assertEquals(1, run.line("top_grade_share").mean(), 1e-12, "every cell leaves in grade A");
    }

    /** Within three half-widths of the 95 % interval, and an interval narrow enough to mean something. */
    private static void near(String what, double exact, Estimate e) {
        assertEquals(exact, e.mean(), 3 * e.halfWidth(), what + ": " + e);
        assertTrue(e.halfWidth() < 0.05 * Math.max(Math.abs(exact), 0.1), what + " CI too wide: " + e);
    }
}
