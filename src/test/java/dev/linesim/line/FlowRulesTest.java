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
        // first unit at 1 h, second at 2 h; the wait expires at 2.5 h: a batch of 2 starts then
        assertTrue(p.station("oven", "busy").mean() > 0.5, "partial batches keep the oven busier");
        assertEquals(400 - 5, p.replications().get(0).goodCells(), 3.0, "every cell passes through with little delay");
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
        RunSummary run = TestLines.run(TestLines.line("{horizon: 300 h, warmup: 100 h, replications: 2, seed: 1}", """
                - id: feed
                  process_time: {dist: exponential, mean: 3.6 s}
                - id: formation
                  machines: 1000
                  process_time: {dist: lognormal, mean: 800 s, cv: 0.1}
                  failures: {mtbf: 500 h, mttr: 5 h}
                """));
        // offered load 1000/h x 800 s = 222 machines busy
        assertEquals(800.0 / 3.6 / 1000, run.station("formation", "busy").mean(), 0.01);
        assertEquals(5.0 / 505, run.station("formation", "down").mean(), 0.004);
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
}
