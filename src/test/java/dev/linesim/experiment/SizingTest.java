package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.results.SizingResults;
import dev.linesim.scenario.input.SweepGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sizing a line whose answer is known by hand: a press whose machines each make one cell an hour, at 1 MUSD each,
 * feeding a tester that makes 10 an hour. To make 2.5 cells an hour the line needs 3 presses (3 MUSD + the tester's
 * 2 MUSD); 1 and 2 presses are dropped by their capacity bound without a run.
 */
class SizingTest {
    @TempDir
    Path dir;

    @Test
    void theCheapestFeasibleDesignIsFoundAndCostlierOnesAreNotSimulatedBeyondTheRunnersUp() throws Exception {
        Path line = press(true);
        List<SweepGrid.Parameter> params = List.of(new SweepGrid.Parameter("stations.press.machines",
                List.of("6", "5", "4", "3", "2", "1")));
        SizingResults s = Sizing.run(line, List.of(), params, Sizing.Target.parse("good_cells_per_h >= 2.5"), true, 0.95,
                r -> r, 2, m -> { });
        List<String> status = s.candidates().stream().map(c -> c.values().get(0) + ":" + c.status()).toList();
        assertEquals(List.of("1:screened out", "2:screened out", "3:feasible", "4:feasible", "5:feasible", "6:not needed"),
                status, "cheapest first; after the chosen design, two runners-up");
        SizingResults.Candidate chosen = s.candidates().get(s.chosen());
        assertEquals(List.of("3"), chosen.values());
        assertEquals(5.0, chosen.capexMillions(), 1e-9);
        assertEquals(3.0, chosen.kpi().mean(), 0.02, "three presses, one cell an hour each");
        assertEquals(2.0, s.candidates().get(1).upperBound(), 1e-9, "the bound of two presses");
        assertTrue(s.method().contains("Bonferroni over 4 candidates"), s.method());
        assertEquals("Good cells per hour, cells/h", s.targetLabel(), "the chart's axis: the KPI's label and unit");
        assertEquals("capex, millions of " + s.currency(), s.capexLabel());
        assertEquals("good_cells_per_h", s.targetKpi().key());
    }

    @Test
    void aTargetNoDesignMeetsIsSaid() throws Exception {
        Path line = press(false);
        SizingResults s = Sizing.run(line, List.of(), List.of(new SweepGrid.Parameter("stations.press.machines",
                List.of("1", "2"))), Sizing.Target.parse("good_cells_per_h >= 5"), true, 0.95, r -> r, 2, m -> { });
        assertEquals(-1, s.chosen());
        assertTrue(s.candidates().stream().allMatch(c -> c.status().equals("screened out")));
    }

    /**
     * A press of 10 cells/h, an inspection catching all of its 20 % defective cells and sending them to a rework
     * station of 4 cells/h (a quarter scrapped, the rest inspected again), and an end station of 20 cells/h, 10 %
     * scrapped. The press bounds the line at 10 x 0.9 = 9 good cells/h, following the way good cells go (a bound: the
     * line makes 10 x (1 - 0.2 x 0.25) x 0.9 = 8.55, as rework scraps some); the rework station, which sees 0.2 of the
     * cells, allows 4 / 0.2 x 0.75 x 0.9 = 13.5.
     */
    @Test
    void theCapacityBoundFollowsGoodCellsPastReworkAndCountsWhatReworkSees() throws Exception {
        dev.linesim.scenario.Scenario line = dev.linesim.TestLines.parse("""
                name: rework
                product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
                run: {horizon: 6 d, warmup: 1 d}
                stations:
                  - {id: press, process_time: 6 min, defects: 0.2}
                  - {id: check, type: inspection, process_time: 1 min, detection: 1, caught_to: fix}
                  - {id: fix, process_time: 15 min, from: [check], scrap: 0.25, buffer: unlimited, returns_to: check}
                  - {id: end, process_time: 3 min, from: [check], scrap: 0.1}
                """);
        assertEquals(10 * 0.9, Sizing.upperBound(line, "good_cells_per_h"), 1e-9,
                "the press, then the end's scrap (rework scrap is not on the way good cells go)");
        assertEquals("end", line.endOfLine().id());
        assertEquals("check", line.next(line.station("fix").orElseThrow()).orElseThrow().id());
        assertEquals("end", line.next(line.station("check").orElseThrow()).orElseThrow().id());
    }

    /** Presses of 1 cell/h at 1 MUSD each; with {@code tester}, a 10 cells/h tester of 2 MUSD after them. */
    private Path press(boolean tester) throws java.io.IOException {
        Path line = dir.resolve("press.yaml");
        Files.writeString(line, """
                name: press
                product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
                run: {horizon: 6 d, warmup: 1 d, replications: 3, seed: 1}
                stations:
                  - id: press
                    process_time: 1 h
                    capex: {machine_price: 1 MUSD}
                """ + (tester ? """
                  - id: tester
                    process_time: 6 min
                    capex: {cost: 2 MUSD}
                """ : ""));
        return line;
    }
}
