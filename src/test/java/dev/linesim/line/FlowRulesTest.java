package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import dev.linesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The flow rules of the line on small deterministic lines whose output can be counted by hand. */
class FlowRulesTest {


    @Test
    void rollsSplitIntoCellsAndCellsPackIntoTrays() {
        // one roll of 100 cells per hour; cells take 30 s each (120/h capacity); trays of 10 take 5 min
        RunSummary run = TestLines.run(TestLines.line("{horizon: 102 h, warmup: 2 h, replications: 1}", """
                - id: coater
                  unit: roll
                  cells_per_unit: 100
                  process_time: 1 h
                - id: assembly
                  unit: cell
                  process_time: 30 s
                - id: test
                  unit: tray
                  cells_per_unit: 10
                  process_time: 5 min
                """));
        assertEquals(100.0, run.line("good_cells_per_h").mean(), 0.11, "100 cells an hour");
        assertEquals(100.0 * 0.5 / 60, run.station("assembly", "busy").mean(), 1e-3, "assembly busy 100 x 30 s per hour");
        assertEquals(10 * 5.0 / 60, run.station("test", "busy").mean(), 2e-3, "10 trays x 5 min per hour");
    }

    @Test
    void batchStationWaitsForAFullBatchOrUntilMaxWait() {
        // arrivals every hour; an oven of 4 that may start with 2 after 90 min
        Scenario full = TestLines.line("{horizon: 400 h, warmup: 0 h, replications: 1}", """
                - id: arrivals
                  process_time: 1 h
                - id: oven
                  batch: {size: 4}
                  process_time: 2 h
                """);
        RunSummary run = TestLines.run(full);
        // batches start at 4, 8, 12... h and finish 2 h later; the last completes at 398 h: 99 batches
        assertEquals(99 * 4, run.replications().get(0).goodCells(), 0.0);
        assertEquals(0.5, run.station("oven", "busy").mean(), 0.01, "2 h busy per 4 h");

        Scenario partial = TestLines.line("{horizon: 400 h, warmup: 0 h, replications: 1}", """
                - id: arrivals
                  process_time: 1 h
                - id: oven
                  batch: {size: 4, min: 2, max_wait: 90 min}
                  process_time: 2 h
                """);
        RunSummary p = TestLines.run(partial);
        // units arrive at 1, 2, 3... h. The wait for unit 1 expires at 2.5 h: a batch of 2 starts and ends at 4.5 h,
        // when units 3 and 4 have waited since 3 h, so their wait expires just then: batches of 2 run back to back
        // from 2.5 h, starting every 2 h. Busy 397.5 h of 400; 198 batches end by 400 h (the 199th at 400.5 h).
        assertEquals(397.5 / 400, p.station("oven", "busy").mean(), 1e-9, "busy from 2.5 h to the end");
        assertEquals(396, p.replications().get(0).goodCells(), 0.0, "198 batches of 2");
    }

    @Test
    void assemblyConsumesOneSetAndRunsAtTheSlowestBranch() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 205 h, warmup: 5 h, replications: 1}", """
                - id: cathode
                  unit: roll
                  cells_per_unit: 10
                  process_time: 30 min
                  from: []
                - id: anode
                  unit: roll
                  cells_per_unit: 10
                  process_time: 1 h
                  from: []
                - id: winder
                  process_time: 1 min
                  buffer: 20
                  from: [cathode, anode]
                """));
        assertEquals(10.0, run.line("good_cells_per_h").mean(), 0.06, "anode limits to 10 cells/h");
        assertTrue(run.station("cathode", "blocked").mean() > 0.4, "the faster cathode line waits on a full buffer");
    }

    @Test
    void maintenanceWindowsStopCalendarStationsAndShowAsIdle() {
        Scenario s = TestLines.parse("""
                name: test
                product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
                calendar:
                  maintenance:
                    - {start: 20 h, duration: 4 h, every: 24 h}
                run: {horizon: 2400 h, warmup: 0 h, replications: 1}
                stations:
                  - id: machine
                    process_time: 1 h
                """);
        RunSummary run = TestLines.run(s);
        assertEquals(4.0 / 24, run.station("machine", "idle").mean(), 1e-3, "4 h planned per 24 h");
        assertEquals(20 * 100, run.replications().get(0).goodCells(), 1.0, "20 working hours a day for 100 days");
    }

    @Test
    void offShiftHoursStopCalendarStationsButNotDelayStages() {
        Scenario s = TestLines.parse("""
                name: test
                product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
                calendar: {hours_per_day: 16}
                run: {horizon: 480 h, warmup: 0 h, replications: 1}
                stations:
                  - id: press
                    process_time: 1 h
                  - id: rest
                    type: delay
                    duration: 10 h
                """);
        RunSummary run = TestLines.run(s);
        assertEquals(8.0 / 24, run.station("press", "idle").mean(), 1e-3);
        // 16 per day for 20 days = 320 pressed, the last two of them after 470 h: still resting at 480 h
        assertEquals(320 - 2, run.replications().get(0).goodCells(), 0.0);
    }

    @Test
    void aThousandParallelMachinesShareTheWork() {
        RunSummary run = TestLines.run(TestLines.line("{horizon: 600 h, warmup: 100 h, replications: 5, seed: 1}", """
                - id: feed
                  process_time: {dist: exponential, mean: 3.6 s}
                - id: formation
                  machines: 1000
                  process_time: {dist: lognormal, mean: 800 s, cv: 0.1}
                  failures: {mtbf: 500 h, mttr: 5 h}
                """));
        // offered load 1000/h x 800 s = 222.2 machines busy of 1000; each machine down 5 h in every 505
        var busy = run.station("formation", "busy");
        var down = run.station("formation", "down");
        assertTrue(busy.covers(800.0 / 3.6 / 1000), busy.toString());
        assertTrue(busy.halfWidth() < 0.005, "a CI tight enough to mean something: " + busy);
        assertTrue(down.covers(5.0 / 505), down.toString());
        assertTrue(down.halfWidth() < 0.003, down.toString());
    }

    @Test
    void anUnstableLineFailsWithTheStationAndTime() {
        Scenario s = TestLines.line("{horizon: 100000 h, replications: 1}", """
                - id: fast
                  process_time: 1 s
                - id: slow
                  process_time: 1 h
                """);
        SimulationFailure failure = assertThrows(SimulationFailure.class, () -> TestLines.run(s));
        assertTrue(failure.getMessage().contains("'slow'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("replication 1"), failure.getMessage());
        assertTrue(failure.time() > 0 && failure.time() < 100000);
    }

    @Test
    void aBreakdownPausesTheJobWhichResumesWhereItStopped() {
        // one machine, 5.2 h jobs, up 3 h and down 1 h in turn: failures at 3, 7, 11... h, repairs at 4, 8, 12... h.
        // Job 1: 0-3, 4-6.2; job 2: 6.2-7, 8-11, 12-13.4; job 3: 13.4-15, 16-19, 20-20.6; job 4: 20.6-23, 24-26.8;
        // job 5: 26.8-27, 28-31, 32-34; job 6: 34-35, 36-39, 40-41.2. Restarting jobs from scratch would finish fewer.
        String stations = """
                - id: press
                  process_time: 5.2 h
                  failures: {mtbf: {dist: constant, value: 3 h}, mttr: {dist: constant, value: 1 h}}
                """;
        RunSummary by40 = TestLines.run(TestLines.line("{horizon: 40 h, replications: 1}", stations));
        assertEquals(5, by40.replications().get(0).goodCells(), 0.0, "jobs end at 6.2, 13.4, 20.6, 26.8 and 34 h");
        assertEquals(0.25, by40.station("press", "down").mean(), 1e-9, "ten 1-hour repairs in 40 h");
        assertEquals(0.75, by40.station("press", "busy").mean(), 1e-9, "working whenever up");
        RunSummary by41 = TestLines.run(TestLines.line("{horizon: 41.3 h, replications: 1}", stations));
        assertEquals(6, by41.replications().get(0).goodCells(), 0.0, "job 6 ends at 41.2 h");
    }

    @Test
    void oneBufferSlotBetweenTwoEqualExponentialStationsGivesThreeQuartersOfTheirRate() {
        // blocking after service, source always busy: states (idle, busy, busy + 1 waiting, busy + 1 waiting + the
        // source blocked) are a birth-death chain with equal rates, each 1/4 likely; output = rate x P(busy) = 3/4
        RunSummary one = TestLines.run(TestLines.line("{horizon: 100000 h, warmup: 100 h, replications: 4, seed: 8}", """
                - id: first
                  process_time: {dist: exponential, mean: 1 h}
                - id: second
                  process_time: {dist: exponential, mean: 1 h}
                  buffer: 1
                """));
        assertTrue(one.line("good_cells_per_h").covers(0.75), one.line("good_cells_per_h").toString());
        assertTrue(one.line("good_cells_per_h").halfWidth() < 0.01);
        // with no buffer (direct hand-over) the chain has three states: 2/3
        RunSummary none = TestLines.run(TestLines.line("{horizon: 100000 h, warmup: 100 h, replications: 4, seed: 8}", """
                - id: first
                  process_time: {dist: exponential, mean: 1 h}
                - id: second
                  process_time: {dist: exponential, mean: 1 h}
                  buffer: 0
                """));
        assertTrue(none.line("good_cells_per_h").covers(2.0 / 3), none.line("good_cells_per_h").toString());
    }
}
