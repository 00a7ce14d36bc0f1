package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.experiment.Experiment;
import dev.linesim.experiment.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in scenarios/ validates and runs a short horizon. */
class ShippedScenariosTest {

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), "scenarios/ holds shipped scenarios");
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void validatesAndRunsAShortHorizon(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file);
        assertEquals(file.getFileName().toString(), s.name() + ".yaml", "a scenario's name matches its file name");
        RunSummary run = Experiment.run(ScenarioLoader.Loaded.line(s.withRun(new RunSettings(4 * 24, 24, 2, 1))), 2, r -> { });
        assertEquals(2, run.replications().size());
        assertTrue(run.events() > 0);
    }
}
