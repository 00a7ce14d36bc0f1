package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.util.Map;

/** The share of the line's cells each station sees, by hand. */
class FlowSharesTest {
    private static Map<String, Double> shares(String stations) throws Exception {
        return FlowShares.of(ScenarioLoader.parse("""
                name: flow
                product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
                run: {horizon: 10 d, warmup: 1 d}
                stations:
                """ + stations, "flow.yaml"));
    }

    @Test
    void aPlainLineAndAnAssemblySeeEveryCellOnce() throws Exception {
        assertEquals(Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0), shares("""
                  - {id: a, process_time: 1 h, scrap: 0.1}
                  - {id: b, process_time: 1 h, from: []}
                  - {id: c, process_time: 1 h, from: [a, b]}
                  - {id: d, process_time: 1 h}
                """));
    }

    @Test
    void aSplitSharesItsCellsAndAMergeJoinsThemAgain() throws Exception {
        assertEquals(Map.of("a", 1.0, "left", 0.25, "right", 0.75, "end", 1.0), shares("""
                  - {id: a, process_time: 1 h, split: {left: 0.25, right: 0.75}}
                  - {id: left, process_time: 1 h, from: [a]}
                  - {id: right, process_time: 1 h, from: [a]}
                  - {id: end, process_time: 1 h, from: [left, right], merge: true}
                """));
    }

    /**
     * 10 % made defective, 90 % of those caught and reworked, then inspected again (and passing, repaired): the
     * inspection sees 1 + 0.09 cells per cell, rework 0.09, and the end all but the 1 % that escaped as defective plus
     * the reworked ones: 1.
     */
    @Test
    void reworkAddsTheCaughtShareToTheInspectionAndTheLoop() throws Exception {
        Map<String, Double> s = shares("""
                  - {id: a, process_time: 1 h, defects: 0.1}
                  - {id: check, type: inspection, process_time: 1 h, detection: 0.9, caught_to: fix}
                  - {id: fix, process_time: 1 h, from: [check], buffer: unlimited, returns_to: check}
                  - {id: end, process_time: 1 h, from: [check]}
                """);
        assertEquals(1.09, s.get("check"), 1e-12);
        assertEquals(0.09, s.get("fix"), 1e-12);
        assertEquals(1.0, s.get("end"), 1e-12);
    }
}
