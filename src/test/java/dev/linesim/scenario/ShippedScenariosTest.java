package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.GoldenFiles;
import dev.linesim.experiment.Experiment;
import dev.linesim.report.SummaryTable;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every scenario shipped in scenarios/ validates and runs its own horizon (long enough for cells to reach the end
 * of the line) with 2 replications: its good output is near the rate its slowest station allows, no check warns,
 * the summary equals its golden file, and every per-replication figure hashes to its pinned digest (regenerate both
 * deliberately with
 * {@code mvn test -Dtest=ShippedScenariosTest -Dlinesim.updateGolden=true}).
 */
class ShippedScenariosTest {

    static Stream<Path> shipped() throws IOException {
        return GoldenFiles.yaml(Path.of("scenarios"));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void runsToTheEndOfTheLineAtItsDesignRate(Path file) throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.open(file);
        Scenario s = loaded.scenario();
        assertEquals(file.getFileName().toString(), s.name() + ".yaml", "a scenario's name matches its file name");
        RunSettings brief = new RunSettings(s.run().horizon(), s.run().warmup(), 2, s.run().seed());
        RunResults r = Experiment.run(loaded.withRun(brief), 2, x -> { }).results();

        double design = Double.POSITIVE_INFINITY;
        java.util.Map<String, Double> shares = FlowShares.of(s);
        for (StationSpec st : s.stations()) {
            double availability = st.failures().map(FailureModel::availability).orElse(1.0);
            design = Math.min(design, st.designCellsPerHour() * availability / shares.get(st.id()));
        }
        double good = r.required("good_cells_per_h").estimate().mean();
        double rolled = r.required("overall_yield").estimate().mean();
        assertTrue(good > 0.85 * design * rolled && good < 1.01 * design,
                s.name() + ": " + good + " good cells/h against a design rate of " + design + " x yield " + rolled);
        assertEquals(List.of(), r.checks().warnings(), "the shipped settings raise no warning");

        GoldenFiles.assertGolden(s.name() + ".summary.txt", SummaryTable.render(r), "summary of " + s.name());
        // every number of every replication, to the last bit: changes to the engine must leave them as they were
        GoldenFiles.assertNumbersPinned(s.name(), r);
    }
}
