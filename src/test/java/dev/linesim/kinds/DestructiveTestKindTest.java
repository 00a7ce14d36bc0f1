package dev.linesim.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationKinds;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.stats.Estimate;
import org.junit.jupiter.api.Test;
import java.util.function.DoubleSupplier;

/**
 * A station kind added in one place, outside linesim's own: a destructive test station that takes a sample of every
 * job's cells out of the line and spends its process time per cell, not per job. Nothing else in linesim was changed
 * to add it.
 */
class DestructiveTestKindTest {

    /** The kind: its parameter (the share of cells tested to destruction) and its two rules. */
    record DestructiveTest(StationKind.Process process, double sample) implements StationKind.Custom {
        static {
            StationKinds.register("destructive_test", (machines, parameters) -> {
                JsonNode sample = parameters.path("sample");
                if (!sample.isNumber() || sample.asDouble() < 0 || sample.asDouble() >= 1) {
                    throw new IllegalArgumentException("expected sample: the share of cells tested, in [0, 1), was "
                            + (sample.isMissingNode() ? "missing" : sample.toString()));
                }
                return new DestructiveTest(machines, sample.asDouble());
            });
        }

        public String key() {
            return "destructive_test";
        }

        @Override
        public double hours(double drawn, long cells) {
            return drawn * cells; // process_time is per cell
        }

        @Override
        public long removed(long cells, DoubleSupplier uniform) {
            long tested = 0;
            for (long c = 0; c < cells; c++) {
                tested += uniform.getAsDouble() < sample ? 1 : 0;
            }
            return tested;
        }
    }

    private static final String LINE = """
            name: lab
            product: {chemistry: test, capacity: 1 Ah, voltage: 1 V}
            run: {horizon: 4000 h, warmup: 10 h, replications: 6, seed: 4}
            stations:
              - {id: make, unit: tray, cells_per_unit: 10, process_time: 1 h}
              - id: lab
                type: destructive_test
                parameters: {sample: 0.1}
                unit: tray
                cells_per_unit: 10
                process_time: 3 min
              - {id: pack, process_time: 1 min}
            """;

    static {
        new DestructiveTest(null, 0).key(); // loads the record, which registers the kind
    }

    /** 10 cells an hour, 3 min each: the lab is busy half the time and passes 90 % of them. */
    @Test
    void theKindTakesItsSampleAndSpendsItsTimePerCell() {
        RunSummary run = TestLines.run(TestLines.parse(LINE));
        near("lab busy", 10 * 3 / 60.0, run.station("lab", "busy"));
        near("lab yield", 0.9, run.station("lab", "yield"));
        near("good cells per hour", 9, run.line("good_cells_per_h"));
    }

    @Test
    void itsParametersAreCheckedWhereTheyAreWritten() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(LINE.replace("sample: 0.1", "sample: 1.5"), "lab.yaml"));
        assertEquals("lab.yaml:8:17: error: stations.lab.parameters: station type 'destructive_test': expected"
                + " sample: the share of cells tested, in [0, 1), was 1.5", e.problems().get(0).format());
        String typo = LINE.replace("type: destructive_test", "type: destructive_tst");
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(typo, "lab.yaml"));
        String message = unknown.problems().stream().map(Problem::format).findFirst().orElseThrow();
        assertTrue(message.contains("unknown station type 'destructive_tst' (did you mean 'destructive_test'?)"),
                message);
    }

    private static void near(String what, double exact, Estimate e) {
        assertEquals(exact, e.mean(), 3 * e.halfWidth(), what + ": " + e);
        assertTrue(e.halfWidth() < 0.05 * exact, what + " CI too wide: " + e);
    }
}
