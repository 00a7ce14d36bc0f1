package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.input.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines in src/test/resources/flows/ use the flow rules the shipped scenarios do not (splits and merges, hand-overs,
 * rework loops, assembly, racks, partly filled batches), with buffers small enough to block often. Every figure of
 * every replication hashes to its pinned digest, so a change to the engine that is meant to leave results as they
 * were is checked on every rule, not only on the shipped lines (regenerate deliberately with
 * {@code mvn test -Dtest=PinnedFlowsTest -Dlinesim.updateGolden=true}).
 */
class PinnedFlowsTest {

    static Stream<Path> flows() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/flows"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), "src/test/resources/flows holds lines to pin");
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("flows")
    void everyFigureIsAsPinned(Path file) throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
        RunResults r = Experiment.run(loaded, 2, x -> { }).results();
        String numbers = ResultsFiles.sha256(ResultsFiles.json(r.kpis()) + ResultsFiles.json(r.stations())) + "\n";
        Path pinned = Path.of("src/test/resources/golden", loaded.scenario().name() + ".numbers.sha256");
        if (Boolean.getBoolean("linesim.updateGolden")) {
            Files.writeString(pinned, numbers);
        }
        assertEquals(Files.readString(pinned), numbers, "every KPI and station figure of " + file + " against " + pinned);
    }
}
