package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestResults;
import dev.linesim.results.ResultsFiles;
import dev.linesim.results.RunResults;
import dev.linesim.results.SweepResults;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.input.SweepGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.List;

/** A sweep runs every design point on the same random numbers, and the same seed gives the same study on any threads. */
class SweepTest {
    @TempDir
    Path dir;

    private SweepResults sweep(Path file, int threads, List<SweepGrid.Parameter> params) throws ScenarioException {
        List<Sweep.Design> designs = Sweep.designs(file, List.of(), params, r -> r.withReplications(2));
        return Sweep.run(designs, params, Sweep.DEFAULT_CHART_KPIS, threads, m -> { });
    }

    @Test
    void eachPointIsTheRunOfTheFileWithItsValuesOnTheSameSeed() throws Exception {
        Path line = TestResults.write(dir);
        List<SweepGrid.Parameter> params = List.of(new SweepGrid.Parameter("stations.winder.machines", List.of("1", "2", "3")));
        SweepResults s = sweep(line, 2, params);
        assertEquals(3, s.points().size());
        assertEquals(List.of("gwh_per_year", "cost_per_kwh"), s.chartKpis(), "the defaults this line has");
        // the point at the file's own value (2 winders) is exactly the file's run: common random numbers
        ScenarioLoader.Loaded plain = ScenarioLoader.open(line);
        RunResults alone = Experiment.run(plain.withRun(plain.scenario().run().withReplications(2)), 2, x -> { }).results();
        assertEquals(alone.required("good_cells_per_h").estimate(), s.points().get(1).kpi("good_cells_per_h").orElseThrow().estimate());
        assertTrue(s.points().get(0).kpi("good_cells_per_h").orElseThrow().estimate().mean()
                < s.points().get(1).kpi("good_cells_per_h").orElseThrow().estimate().mean(), "one winder is the bottleneck");
    }

    @Test
    void theSameSeedGivesTheSameStudyOnAnyThreads() throws Exception {
        Path line = TestResults.write(dir);
        List<SweepGrid.Parameter> params = List.of(new SweepGrid.Parameter("stations.winder.machines", List.of("1", "2")),
                new SweepGrid.Parameter("economics.price_per_kwh", List.of("80 USD", "90 USD")));
        SweepResults one = sweep(line, 1, params);
        SweepResults two = sweep(line, 2, params);
        assertEquals(ResultsFiles.digest(one), ResultsFiles.digest(two));
        // points run side by side: three at a time on one thread each, or all four on two threads each
        assertEquals(ResultsFiles.digest(one), ResultsFiles.digest(sweep(line, 3, params)), "3 threads");
        assertEquals(ResultsFiles.digest(one), ResultsFiles.digest(sweep(line, 8, params)), "8 threads");
        assertEquals(4, one.points().size());
        assertEquals(List.of("2", "90 USD"), one.points().get(3).values());
        Path json = dir.resolve("sweep.json");
        java.nio.file.Files.writeString(json, ResultsFiles.json(one));
        assertEquals(one, ((ResultsFiles.SweepRun) ResultsFiles.read(json)).results(), "sweep.json reads back to the same records");
    }

    @Test
    void aPlanPointCarriesItsDecisionAndABadValueStopsTheSweepBeforeAnyRun() throws Exception {
        TestResults.write(dir);
        Path plan = dir.resolve("small-semisolid.yaml");
        SweepResults s = sweep(plan, 2, List.of(new SweepGrid.Parameter("economics.price_per_kwh", List.of("80 USD", "95 USD"))));
        double low = s.points().get(0).kpi("npv_millions").orElseThrow().estimate().mean();
        double high = s.points().get(1).kpi("npv_millions").orElseThrow().estimate().mean();
        assertTrue(high > low, "a higher price for the converted cells raises the NPV: " + low + " -> " + high);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.designs(plan, Overrides.parse(List.of()),
                List.of(new SweepGrid.Parameter("stations.se_coater.machines", List.of("2", "0"))), r -> r));
        assertEquals("--set stations.se_coater.machines=0: error: stations.se_coater.machines: expected a value >= 1, was 0",
                e.problems().get(0).format());
    }
}
