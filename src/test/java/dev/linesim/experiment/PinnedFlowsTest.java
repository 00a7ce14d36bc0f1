package dev.linesim.experiment;

import dev.linesim.GoldenFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.input.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
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
        return GoldenFiles.yaml(Path.of("src/test/resources/flows"));
    }

    @ParameterizedTest
    @MethodSource("flows")
    void everyFigureIsAsPinned(Path file) throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
        RunResults r = Experiment.run(loaded, 2, x -> { }).results();
        GoldenFiles.assertNumbersPinned(loaded.scenario().name(), r);
    }
}
