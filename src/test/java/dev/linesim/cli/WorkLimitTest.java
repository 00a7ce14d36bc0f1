package dev.linesim.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.experiment.Experiment;
import dev.linesim.experiment.WorkEstimate;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;

/** The work estimate is the right order of magnitude, and a runaway request is refused unless forced. */
class WorkLimitTest {
    @Test
    void theEstimateOfTheReferenceLineIsWithinAFactorOfTwoOfTheEventsItRuns() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lfp-prismatic-liquid.yaml"));
        Scenario brief = s.withRun(new RunSettings(24 * 24, 21 * 24, 2, 1));
        double estimated = WorkEstimate.of(brief).events();
        long actual = Experiment.run(ScenarioLoader.Loaded.line(brief), 2, r -> { }).events();
        assertTrue(estimated > actual / 2.0 && estimated < actual * 2.0, "estimated " + estimated + ", ran " + actual);
    }

    @Test
    void aNanosecondCycleIsRefusedWithHowLongItWouldTakeUnlessForced() {
        Scenario s = TestLines.line("{horizon: 10 d}", "- id: a\n  process_time: 0.000000001 s\n");
        WorkLimit limit = new WorkLimit();
        UsageException e = assertThrows(UsageException.class, () -> limit.check(s, 1, 2));
        assertTrue(e.getMessage().contains("days on 2 threads, beyond the limit") && e.getMessage().contains("--force"),
                e.getMessage());
        limit.force = true;
        assertDoesNotThrow(() -> limit.check(s, 1, 2));
    }
}
