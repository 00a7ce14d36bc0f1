package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.results.KpiEstimate;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.util.Optional;

/**
 * A line with a known transient: cells rest 5 days in aging, so nothing leaves before day 5 and WIP climbs until
 * then. A short warm-up is flagged with the value to use, auto finds the transient, and replications added to a
 * precision target give exactly a fixed run of the same count.
 */
class WarmupAndPrecisionTest {
    private static final String STATIONS = """
            - id: press
              process_time: {dist: exponential, mean: 6 min}
            - id: aging
              type: delay
              duration: 5 d
            - id: test
              process_time: {dist: exponential, mean: 4 min}
            """;

    private static RunResults run(String settings) {
        Scenario s = TestLines.line(settings, STATIONS);
        return Experiment.run(ScenarioLoader.Loaded.line(s), 2, r -> { }).results();
    }

    @Test
    void aWarmupShorterThanTheTransientIsFlaggedWithTheValueToUse() {
        RunResults r = run("{horizon: 30 d, warmup: 1 d, replications: 4, seed: 3}");
        assertEquals(24.0 * 6, r.checks().detectedWarmupHours(), 24.0, "the 5-day rest, to the next whole day");
        assertTrue(r.checks().settled());
        assertEquals(2, r.checks().warnings().size(), r.checks().warnings().toString());
        assertTrue(r.checks().warnings().get(0).contains("warm-up 1 d is shorter than the initial transient"));
        assertTrue(r.checks().warnings().get(1).contains("shorter than the line's mean lead time (5.0 d)"));
        assertTrue(r.checks().warnings().get(1).contains("set run.warmup to at least 6 d"), r.checks().warnings().get(1));
    }

    @Test
    void aLongEnoughWarmupRaisesNoWarning() {
        assertEquals(java.util.List.of(), run("{horizon: 30 d, warmup: 8 d, replications: 4, seed: 3}").checks().warnings());
    }

    @Test
    void autoFindsTheTransientFromAPilotRun() {
        RunResults r = run("{horizon: 30 d, warmup: auto, replications: 4, seed: 3}");
        assertEquals("detected", r.checks().warmupMethod());
        assertTrue(r.run().warmupHours() >= 5 * 24 && r.run().warmupHours() <= 7 * 24, "warm-up " + r.run().warmupHours());
        assertEquals(java.util.List.of(), r.checks().warnings());
        assertEquals(10.0, r.required("good_cells_per_h").estimate().mean(), 0.3, "the press's rate once filled");
    }

    @Test
    void aLineThatNeverSettlesIsFlagged() {
        RunResults r = run("{horizon: 8 d, warmup: 1 d, replications: 3, seed: 3}");
        assertTrue(r.checks().warnings().stream().anyMatch(w -> w.contains("have not settled within the horizon")),
                r.checks().warnings().toString());
    }

    @Test
    void replicationsAddedToAPrecisionTargetEqualAFixedRunOfTheSameCount() {
        RunResults auto = run("{horizon: 20 d, warmup: 8 d, replications: auto, seed: 5, precision: {kpi: good_cells_per_h,"
                + " relative_half_width: 0.01, max_replications: 60}}");
        var p = auto.checks().precision();
        assertTrue(p.met(), "reached " + p.reached());
        assertTrue(p.reached() <= RunSettingsFor.adjusted(0.01));
        assertTrue(p.replications() > 5, "a 1 % target needs more than the first five");
        RunResults fixed = run("{horizon: 20 d, warmup: 8 d, replications: " + p.replications() + ", seed: 5}");
        assertEquals(p.replications(), auto.run().replications());
        for (KpiEstimate k : fixed.kpis()) {
            assertEquals(k, auto.required(k.key()), k.key());
        }
        assertEquals(fixed.stations(), auto.stations());
    }

    @Test
    void anUnreachableTargetStopsAtTheMaximumWithAWarning() {
        RunResults r = run("{horizon: 20 d, warmup: 8 d, replications: auto, seed: 5, precision: {kpi: good_cells_per_h,"
                + " relative_half_width: 0.0001, max_replications: 7}}");
        assertEquals(7, r.run().replications());
        assertTrue(!r.checks().precision().met());
        assertTrue(r.checks().warnings().stream().anyMatch(w -> w.contains("after 7 replications, above the 0.01 % asked")),
                r.checks().warnings().toString());
    }

    /** The procedure's adjusted target, spelled out for the assertion. */
    private static final class RunSettingsFor {
        static double adjusted(double gamma) {
            return gamma / (1 + gamma);
        }
    }

    @Test
    void fixedSettingsKeepTheirMeaning() {
        RunSettings r = new RunSettings(100, 10, 3, 1);
        assertEquals(Optional.empty(), r.precision());
        assertTrue(!r.autoWarmup());
    }
}
