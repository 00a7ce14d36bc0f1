package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import org.junit.jupiter.api.Test;

/** A line that cannot keep up is stopped early and named; a busy but stable line is not. */
class RunawayWatchTest {
    @Test
    void anOverloadedStationIsNamedWithItsRatesLongBeforeTheHorizon() {
        var line = TestLines.line("{horizon: 2000 d, warmup: 1 d, replications: 2, seed: 4}", """
                - id: feed
                  process_time: {dist: exponential, mean: 50 min}
                - id: press
                  process_time: {dist: exponential, mean: 55 min}
                - id: pack
                  process_time: 10 min
                """);
        SimulationFailure f = assertThrows(SimulationFailure.class, () -> TestLines.run(line));
        assertEquals("press", f.station());
        assertTrue(f.time() < 0.05 * 2000 * 24, "stopped at " + f.time() + " h of 48,000");
        assertTrue(f.getMessage().contains("'press' receives") && f.getMessage().contains("from 'feed' but can take at most 1.09 cells/h"),
                f.getMessage());
    }

    @Test
    void aStationBusy95PercentOfTheTimeIsNotFlagged() {
        var line = TestLines.line("{horizon: 400 d, warmup: 10 d, replications: 3, seed: 6}", """
                - id: feed
                  process_time: {dist: exponential, mean: 60 min}
                - id: press
                  process_time: {dist: exponential, mean: 57 min}
                """);
        var run = TestLines.run(line);
        assertEquals(0.95, run.station("press", "busy").mean(), 0.03);
    }
}
