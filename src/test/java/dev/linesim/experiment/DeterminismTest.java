package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.results.ResultsFiles;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;

/** The same seed gives byte-identical results, whatever the number of threads. */
class DeterminismTest {

    private static Scenario reference(long seed) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/lfp-prismatic-liquid.yaml"));
        return s.withRun(new RunSettings(24 * 24, 21 * 24, 4, seed)); // past the ~19-day lead time: cells leave the line
    }

    private static String digest(Scenario s, int threads) {
        var results = Experiment.run(ScenarioLoader.Loaded.line(s), threads, r -> { }).results();
        assertTrue(results.required("good_cells_per_h").estimate().mean() > 1000, "the run reaches the end of the line");
        return ResultsFiles.digest(results);
    }

    @Test
    void sameSeedSameDigestOnOneThreadOrMany() throws Exception {
        Scenario s = reference(42);
        String one = digest(s, 1);
        assertEquals(one, digest(s, 2));
        assertEquals(one, digest(s, 4));
    }

    @Test
    void anotherSeedGivesOtherResults() throws Exception {
        assertNotEquals(digest(reference(1), 2), digest(reference(2), 2));
    }
}
