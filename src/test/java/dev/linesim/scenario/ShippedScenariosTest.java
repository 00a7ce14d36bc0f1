package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.experiment.Experiment;
import dev.linesim.report.SummaryTable;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.io.IOException;
import java.nio.file.Files;
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
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), "scenarios/ holds shipped scenarios");
            return yaml.stream();
        }
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

        String summary = SummaryTable.render(r);
        Path golden = Path.of("src/test/resources/golden", s.name() + ".summary.txt");
        if (Boolean.getBoolean("linesim.updateGolden")) {
            Files.writeString(golden, summary);
        }
        assertEquals(Files.readString(golden), summary, "summary of " + s.name() + " against " + golden);

        // every number of every replication, to the last bit: changes to the engine must leave them as they were
        String numbers = ResultsFiles.sha256(ResultsFiles.json(r.kpis()) + ResultsFiles.json(r.stations())) + "\n";
        Path pinned = Path.of("src/test/resources/golden", s.name() + ".numbers.sha256");
        if (Boolean.getBoolean("linesim.updateGolden")) {
            Files.writeString(pinned, numbers);
        }
        assertEquals(Files.readString(pinned), numbers, "every KPI and station figure of " + s.name() + " against " + pinned);
    }
}
