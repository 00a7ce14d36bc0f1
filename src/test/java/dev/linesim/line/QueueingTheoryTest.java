package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import dev.linesim.scenario.Scenario;
import dev.linesim.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The model against queueing theory: each analytic value must lie inside the 95 % confidence interval
 * of the replications. Arrivals come from a source station whose exponential "processing" is the
 * inter-arrival time; the cell in that job counts as already in the line.
 */
class QueueingTheoryTest {

    private static void assertCovers(double expected, Estimate e, String what) {
        assertTrue(e.covers(expected), () -> what + ": expected " + expected + " inside [" + e.lower() + ", " + e.upper() + "]");
    }


    @Test
    void mm1QueueHasTheTextbookLengthAndTime() {
        // lambda = 0.8/h, mu = 1/h: rho = 0.8, L = rho/(1-rho) = 4, W = 1/(mu-lambda) = 5 h
        RunSummary run = TestLines.run(TestLines.line("{horizon: 40000 h, warmup: 2000 h, replications: 10, seed: 11}", """
                - id: arrivals
                  process_time: {dist: exponential, mean: 1.25 h}
                - id: server
                  process_time: {dist: exponential, mean: 1 h}
                """));
        assertCovers(4.0, run.station("server", "wip_cells"), "L");
        assertCovers(1.25 + 5.0, run.line("lead_time_days").times(24), "inter-arrival + W");
        assertCovers(0.8, run.station("server", "busy"), "utilisation");
        assertCovers(0.8, run.line("good_cells_per_h"), "throughput");
    }

    @Test
    void mmcQueueMatchesErlangC() {
        int c = 3;
        double lambda = 2.4;
        double mu = 1.0;
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term / (1 - rho); // a^c / c! / (1 - rho)
        double waitProbability = last / (sum + last);
        double lq = waitProbability * rho / (1 - rho);
        double l = lq + a;
        double w = l / lambda;
        RunSummary run = TestLines.run(TestLines.line("{horizon: 20000 h, warmup: 1000 h, replications: 10, seed: 5}", """
                - id: arrivals
                  process_time: {dist: exponential, mean: 25 min}
                - id: servers
                  machines: 3
                  process_time: {dist: exponential, mean: 1 h}
                """));
        assertCovers(l, run.station("servers", "wip_cells"), "L");
        assertCovers(25 / 60.0 + w, run.line("lead_time_days").times(24), "inter-arrival + W");
        assertCovers(rho, run.station("servers", "busy"), "utilisation per machine");
    }

    @Test
    void jacksonTandemStationsBehaveAsIndependentMm1Queues() {
        // lambda = 0.8/h; mu1 = 1/h (rho1 0.8, L1 = 4), mu2 = 1.25/h (rho2 0.64, L2 = 1.7778)
        RunSummary run = TestLines.run(TestLines.line("{horizon: 40000 h, warmup: 2000 h, replications: 10, seed: 3}", """
                - id: arrivals
                  process_time: {dist: exponential, mean: 1.25 h}
                - id: first
                  process_time: {dist: exponential, mean: 1 h}
                - id: second
                  process_time: {dist: exponential, mean: 0.8 h}
                """));
        assertCovers(4.0, run.station("first", "wip_cells"), "L1");
        assertCovers(0.64 / 0.36, run.station("second", "wip_cells"), "L2");
        assertCovers(1.25 + 5.0 + 1 / (1.25 - 0.8), run.line("lead_time_days").times(24), "total time");
    }

    @Test
    void availabilityIsMtbfOverMtbfPlusMttr() {
        // a saturated machine: always has work, so its output is availability x rate
        RunSummary run = TestLines.run(TestLines.line("{horizon: 50000 h, warmup: 1000 h, replications: 10, seed: 8}", """
                - id: machine
                  process_time: 6 min
                  failures: {mtbf: 10 h, mttr: {dist: lognormal, mean: 2 h, cv: 0.5}}
                """));
        double availability = 10.0 / 12.0;
        assertCovers(1 - availability, run.station("machine", "down"), "down share");
        assertCovers(10 * availability, run.line("good_cells_per_h"), "output of a saturated machine");
    }

    @Test
    void saturatedLineRunsAtItsBottleneckRate() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 20000 h, warmup: 500 h, replications: 8, seed: 2}", """
                - id: fast_feed
                  process_time: {dist: exponential, mean: 6 min}
                - id: bottleneck
                  process_time: {dist: exponential, mean: 10 min}
                  buffer: 40
                - id: finish
                  process_time: {dist: exponential, mean: 7.5 min}
                  buffer: 40
                """));
        assertEquals(6.0, run.line("good_cells_per_h").mean(), 0.05, "bottleneck rate 6/h");
        assertTrue(run.station("fast_feed", "blocked").mean() > 0.3, "the faster feed is blocked");
        assertEquals(1.0, run.station("bottleneck", "busy").mean(), 0.01, "the bottleneck never waits");
    }

    @Test
    void overallYieldIsTheProductOfStationYields() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 5000 h, warmup: 10 h, replications: 10, seed: 4}", """
                - id: a
                  process_time: 1 min
                  scrap: 0.1
                - id: b
                  process_time: 30 s
                  scrap: 0.05
                - id: c
                  process_time: 30 s
                  scrap: 0.2
                """));
        assertCovers(0.9 * 0.95 * 0.8, run.line("overall_yield"), "rolled throughput yield");
        assertCovers(60 * 0.9 * 0.95 * 0.8, run.line("good_cells_per_h"), "good output of a 60/h start rate");
        assertCovers(0.95, run.station("b", "yield"), "station yield");
    }

    @Test
    void deterministicLineProducesExactlyItsBottleneckRate() {
        Scenario s = TestLines.line("{horizon: 1003 h, warmup: 3 h, replications: 2}", """
                - id: a
                  process_time: 2 min
                - id: b
                  process_time: 3 min
                  buffer: 2
                - id: c
                  process_time: 1 min
                """);
        RunSummary run = TestLines.run(s);
        assertEquals(20.0 * 1000, run.replications().get(0).goodCells(), 1.0, "20 cells/h for 1000 h, give or take the cell in transit");
        assertEquals(0.0, run.line("good_cells_per_h").halfWidth(), 1e-12, "no randomness, no spread");
        assertEquals(2.0 / 3.0, run.station("a", "busy").mean(), 1e-3);
    }

    @Test
    void littlesLawHoldsOnTheReferenceLine() throws Exception {
        Scenario s = dev.linesim.scenario.input.ScenarioLoader.load(java.nio.file.Path.of("scenarios/lfp-prismatic-liquid.yaml"));
        s = s.withRun(new dev.linesim.scenario.RunSettings(40 * 24, 20 * 24, 3, 99));
        RunSummary run = TestLines.run(s);
        for (ReplicationResult r : run.replications()) {
            double little = r.departuresPerHour() * r.sojournHours();
            assertEquals(r.wipCells(), little, 0.02 * r.wipCells(), "WIP = departures x time in line");
        }
    }
}
