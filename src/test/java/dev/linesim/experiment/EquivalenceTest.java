package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.TestLines;
import dev.linesim.results.ResultsFiles;
import dev.linesim.scenario.BatchRule;
import dev.linesim.scenario.Distribution;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Facility;
import dev.linesim.scenario.FailureModel;
import dev.linesim.scenario.OperatingCalendar;
import dev.linesim.scenario.Product;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Optional;

/** A line read from YAML is the same model as one built by hand from the spec records. */
class EquivalenceTest {

    @Test
    void yamlAndHandBuiltLinesGiveIdenticalResults() {
        Scenario fromYaml = TestLines.line("{horizon: 500 h, warmup: 50 h, replications: 3, seed: 9}", """
                - id: feed
                  unit: roll
                  cells_per_unit: 20
                  process_time: {dist: exponential, mean: 2 h}
                - id: press
                  machines: 2
                  process_time: {dist: triangular, min: 4 min, mode: 5 min, max: 8 min}
                  buffer: 30
                  failures: {mtbf: 40 h, mttr: {dist: uniform, min: 1 h, max: 3 h}}
                  scrap: 0.02
                - id: oven
                  unit: tray
                  cells_per_unit: 4
                  machines: 3
                  batch: {size: 5, min: 2, max_wait: 1 h}
                  process_time: 3 h
                """);
        RunSettings run = new RunSettings(500, 50, 3, 9);
        Scenario byHand = new Scenario("test", "", new Product("test", "", 1.0, Double.NaN, 1.0, Double.NaN, Optional.empty()),
                new OperatingCalendar(24, 330, List.of()), run, List.of(
                new StationSpec("feed", "feed", new StationKind.Process(1, BatchRule.SINGLE, new Distribution.Exponential(2),
                        Optional.empty()), "roll", 20, StationSpec.UNLIMITED, 0, List.of(), true, Optional.empty()),
                new StationSpec("press", "press", new StationKind.Process(2, BatchRule.SINGLE,
                        new Distribution.Triangular(4 / 60.0, 5 / 60.0, 8 / 60.0),
                        Optional.of(new FailureModel(new Distribution.Exponential(40), new Distribution.Uniform(1, 3)))),
                        "cell", 1, 30, 0.02, List.of("feed"), true, Optional.empty()),
                new StationSpec("oven", "oven", new StationKind.Process(3, new BatchRule(5, 2, 1), new Distribution.Constant(3),
                        Optional.empty()), "tray", 4, StationSpec.UNLIMITED, 0, List.of("press"), true, Optional.empty())),
                Economics.DEFAULT, Facility.NONE);
        assertEquals(byHand, fromYaml, "the loader builds exactly these specs");
        assertEquals(ResultsFiles.digest(Experiment.run(ScenarioLoader.Loaded.line(byHand), 1, r -> { }).results()),
                ResultsFiles.digest(Experiment.run(ScenarioLoader.Loaded.line(fromYaml), 2, r -> { }).results()));
    }
}
