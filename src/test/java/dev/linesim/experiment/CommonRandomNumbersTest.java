package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.stats.Estimate;
import org.junit.jupiter.api.Test;
import java.util.List;

/** Common random numbers make a paired difference far more precise than independent runs. */
class CommonRandomNumbersTest {
    private static final String LINE = """
            - id: feed
              process_time: {dist: exponential, mean: 1 h}
            - id: press
              process_time: {dist: exponential, mean: PRESS}
              failures: {mtbf: 30 h, mttr: 2 h}
              scrap: 0.05
            - id: test
              process_time: {dist: exponential, mean: 30 min}
            """;

    @Test
    void pairedDifferenceIsTighterWithCommonRandomNumbers() {
        String run = "{horizon: 2000 h, warmup: 200 h, replications: 20, seed: 1}";
        Scenario a = TestLines.line(run, LINE.replace("PRESS", "40 min"));
        Scenario b = TestLines.line(run, LINE.replace("PRESS", "36 min"));
        RunSummary ra = Experiment.run(ScenarioLoader.Loaded.line(a), 2, r -> { });
        RunSummary rbCommon = Experiment.run(ScenarioLoader.Loaded.line(b), 2, r -> { });
        RunSummary rbIndependent = Experiment.run(ScenarioLoader.Loaded.line(b.withRun(new RunSettings(2000, 200, 20, 999))), 2, r -> { });
        Estimate common = Comparison.of(List.of(ra.results(), rbCommon.results())).kpis().get(0).differences().get(1);
        Estimate independent = Comparison.of(List.of(ra.results(), rbIndependent.results())).kpis().get(0).differences().get(1);
        assertTrue(common.halfWidth() * 3 < independent.halfWidth(),
                "CRN half-width " + common.halfWidth() + " vs independent " + independent.halfWidth());
    }
}
