package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A deterministic conversion whose weekly output can be counted by hand.
 *
 * <p>Liquid line: one station, a 1 Wh cell every hour (168 a week). The feed stops at week 2: the job
 * ending exactly then completes (work before calendar), the next one never does, so week 2 counts 1 cell.
 * The converted line restarts at week 3: one station making 2 Wh cells in 30 min, twice as slow during
 * its first week (process-time multiplier 2 until 168 h after restart, then 1). Week 3: exits at 1..167 h
 * after restart = 167 cells; week 4: the job started at 168 h ends at 169 h, then every 30 min to 335.5 h,
 * plus the one at 168 h = 335 cells; week 5: 336 cells.
 */
class ConversionTimelineTest {
    @TempDir
    Path dir;

    @Test
    void weeklyOutputLostOutputAndCrossoverMatchTheHandCount() throws Exception {
        Files.writeString(dir.resolve("liquid.yaml"), """
                name: liquid
                product: {chemistry: liquid, capacity: 1 Ah, voltage: 1 V}
                run: {horizon: 10 d, warmup: 1 d, replications: 2, seed: 3}
                stations:
                  - id: press
                    process_time: 1 h
                """);
        Files.writeString(dir.resolve("plan.yaml"), """
                name: converted
                base: liquid.yaml
                product: {chemistry: semi-solid, capacity: 2 Ah, voltage: 1 V}
                changes:
                  - modify: press
                    set: {process_time: 30 min}
                conversion:
                  horizon: 6 wk
                  warmup: 24 h
                  replications: 2
                  cutover: {start: 2 wk, duration: 1 wk}
                  ramp_up:
                    process_time: {table: [[0 h, 2.0], [168 h, 2.0], [169 h, 1.0]]}
                """);
        RetrofitPlan plan = ScenarioLoader.open(dir.resolve("plan.yaml")).plan().orElseThrow();
        ConversionStudy s = ConversionStudy.run(plan, 2);
        double[] baseline = {168, 168, 168, 168, 168, 168};
        double[] converting = {168, 168, 1, 167 * 2, 335 * 2, 336 * 2};
        assertEquals(6, s.weeks());
        for (int w = 0; w < 6; w++) {
            assertEquals(baseline[w] / 1e6, s.baselineMwh().get(w).mean(), 1e-12, "baseline week " + (w + 1));
            assertEquals(converting[w] / 1e6, s.convertedMwh().get(w).mean(), 1e-12, "converting week " + (w + 1));
            assertEquals(0.0, s.convertedMwh().get(w).halfWidth(), 1e-15, "deterministic");
        }
        // trailing four weeks: through week 4 (1-based) 168+168+1+334 < 4 x 168; through week 5 1+334+670+168 > 672
        assertEquals(5.0, s.crossoverWeek().mean());
        assertEquals(2, s.crossed());
        // shortfalls through week 5: week 3 (167 MWh-millionths); in cells weeks 3 and 4 (167 + 1)
        assertEquals(167 / 1e6, s.lostMwh().mean(), 1e-12);
        assertEquals(168.0, s.lostCells().mean(), 1e-9);
        // net lost output over the timeline: baseline 6 x 168 = 1,008 Wh against 168 + 168 + 1 + 334 + 670 + 672 =
        // 2,013 Wh converting; in cells 1,008 against 168 + 168 + 1 + 167 + 335 + 336 = 1,175. The later weeks make up
        // the shortfall and more: net, nothing is lost, while the shortfalls sum to 167 Wh
        assertEquals(-1005 / 1e6, s.netLostMwh().mean(), 1e-12);
        assertEquals(-167.0, s.netLostCells().mean(), 1e-9);
        assertTrue(s.cash().isEmpty(), "no prices, no cash flows");
    }

    @Test
    void theSameStudyOnOneThreadOrMany() throws Exception {
        // a random line: each replication's three timelines run as separate tasks, and must pair up again by replication
        dev.linesim.TestResults.write(dir);
        RetrofitPlan plan = ScenarioLoader.open(dir.resolve("small-semisolid.yaml")).plan().orElseThrow();
        ConversionStudy one = ConversionStudy.run(plan, 1);
        ConversionStudy three = ConversionStudy.run(plan, 3);
        assertTrue(one.lostMwh().halfWidth() > 0, "replications differ");
        assertEquals(one.baselineMwh(), three.baselineMwh());
        assertEquals(one.drainingMwh(), three.drainingMwh());
        assertEquals(one.convertedMwh(), three.convertedMwh());
        assertEquals(one.lostMwh(), three.lostMwh());
        assertEquals(one.crossoverWeek(), three.crossoverWeek());
    }
}
