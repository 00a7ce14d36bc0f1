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
    }

    @Test
    void aTargetNoDesignMeetsIsSaid() throws Exception {
        Path line = press(false);
        SizingResults s = Sizing.run(line, List.of(), List.of(new SweepGrid.Parameter("stations.press.machines",
                List.of("1", "2"))), Sizing.Target.parse("good_cells_per_h >= 5"), true, 0.95, r -> r, 2, m -> { });
        assertEquals(-1, s.chosen());
        assertTrue(s.candidates().stream().allMatch(c -> c.status().equals("screened out")));
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
