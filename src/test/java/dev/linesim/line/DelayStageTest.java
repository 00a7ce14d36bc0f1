package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import dev.linesim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** Delay stages (wetting, aging) without machines: places, random durations and pauses against exact values. */
class DelayStageTest {

    @Test
    void randomRestsHoldOnAverageArrivalRateTimesMeanRest() {
        // Poisson arrivals at 1/h into unlimited places, lognormal rests of mean 10 h (an M/G/infinity queue): every
        // unit passes, and the number resting averages 1/h x 10 h = 10 whatever the shape of the rest
        RunSummary run = TestLines.run(TestLines.line("{horizon: 20000 h, warmup: 100 h, replications: 4, seed: 5}", """
                - id: feed
                  process_time: {dist: exponential, mean: 1 h}
                - id: rest
                  type: delay
                  duration: {dist: lognormal, mean: 10 h, cv: 0.5}
                """));
        var held = run.station("rest", "occupancy");
        assertTrue(held.covers(10), held.toString());
        assertTrue(held.halfWidth() < 0.2, "a CI tight enough to mean something: " + held);
        assertTrue(run.line("good_cells_per_h").covers(1), run.line("good_cells_per_h").toString());
    }

    @Test
    void aFullStageBlocksTheStationFeedingIt() {
        // feed at rate 1 hands units straight to 2 places resting exponential times of rate 1; with the feed blocked
        // when both are taken, states (resting, feed blocked) = (0,no) (1,no) (2,no) (2,yes) have probabilities
        // 4/11, 4/11, 2/11, 1/11: output = mean resting x 1/h = 10/11 per hour, each place busy 5/11 of the time
        RunSummary run = TestLines.run(TestLines.line("{horizon: 100000 h, warmup: 100 h, replications: 8, seed: 6}", """
                - id: feed
                  process_time: {dist: exponential, mean: 1 h}
                - id: rest
                  type: delay
                  capacity: 2
                  duration: {dist: exponential, mean: 1 h}
                  buffer: 0
                """));
        near(10.0 / 11, run.line("good_cells_per_h"));
        near(10.0 / 11, run.station("feed", "busy"));
        near(1.0 / 11, run.station("feed", "blocked"));
        near(5.0 / 11, run.station("rest", "busy"));
        assertTrue(run.station("rest", "busy").halfWidth() < 0.002, "a CI tight enough to mean something");
    }

    /** Within three half-widths of the 95 % interval (a miss by chance about once in a thousand). */
    private static void near(double exact, Estimate estimate) {
        assertEquals(exact, estimate.mean(), 3 * estimate.halfWidth(), estimate.toString());
    }

    @Test
    void aStopNamingTheStagePausesEachUnitWhichResumesWithTheTimeItHadLeft() {
        // one unit an hour from 1 h; the stage stops 5-10 h. Units 1-4 have 4, 3, 2, 1 h done when it stops and
        // end at 16, 17, 18, 19 h; units 5-10 wait for the stop to end and all end at 20 h. Both ways of resting
        // (one queue for a constant time, an event per unit for a random one, here always 10 h) agree.
        for (String duration : new String[] {"10 h", "{dist: empirical, values: [10 h]}"}) {
            String line = """
                    name: test
                    product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
                    calendar:
                      maintenance:
                        - {start: 5 h, duration: 5 h, every: 1000 h, stations: [rest]}
                    run: {horizon: %s, warmup: 0 h, replications: 1}
                    stations:
                      - id: press
                        process_time: 1 h
                      - id: rest
                        type: delay
                        duration: %s
                    """;
            assertEquals(4, out(line.formatted("19.5 h", duration)), duration);
            assertEquals(3, out(line.formatted("18.5 h", duration)), duration);
            assertEquals(10, out(line.formatted("20.5 h", duration)), duration);
        }
    }

    private static double out(String yaml) {
        return TestLines.run(TestLines.parse(yaml)).replications().get(0).goodCells();
    }
}
