package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;

/** Several outlets, inspection, grading and rework edges: what is accepted, and what is refused and why. */
class RoutingRulesTest {
    private static final String HEAD = """
            name: bad
            product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
            run: {horizon: 10 d, warmup: 1 d}
            stations:
              - id: make
                process_time: 1 h
                defects: 0.02
            """;

    /** An inspection after 'make' that sends caught cells to a rework station, which returns them to it. */
    private static final String REWORK = """
              - id: check
                type: inspection
                process_time: 1 h
                detection: 0.9
                caught_to: rework
              - id: rework
                process_time: 2 h
                from: [check]
                buffer: unlimited
                returns_to: check
            """;

    private static List<String> problems(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "bad.yaml"));
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void inspectionWithReworkAndGradingAreBound() throws Exception {
        Scenario s = ScenarioLoader.parse(HEAD + REWORK + """
                  - id: sort
                    type: grading
                    process_time: 1 h
                    from: [check]
                    grades:
                      - {name: A, share: 0.9, price_per_kwh: 80 USD}
                      - {name: B, share: 0.1}
                """, "good.yaml");
        StationKind.Inspection check = (StationKind.Inspection) s.station("check").orElseThrow().kind();
        assertEquals(0.9, check.detection());
        assertEquals("rework", check.caughtTo().orElseThrow());
        assertEquals("check", s.station("rework").orElseThrow().flow().returnsTo().orElseThrow());
        StationKind.Grading sort = (StationKind.Grading) s.station("sort").orElseThrow().kind();
        assertEquals(List.of("A", "B"), sort.grades().stream().map(StationKind.Grade::name).toList());
        assertEquals("80", sort.grades().get(0).pricePerKwh().orElseThrow().amount().toPlainString());
        assertEquals(0.02, s.station("make").orElseThrow().flow().defects());
    }

    @Test
    void aSplitNamesEachTakerWithSharesAddingUpToOne() throws Exception {
        String line = HEAD + """
                    split: {left: 0.25, right: 0.75}
                  - {id: left, process_time: 1 h, from: [make]}
                  - {id: right, process_time: 1 h, from: [make]}
                  - {id: end, process_time: 1 h, from: [left, right]}
                """;
        assertEquals(Map.of("left", 0.25, "right", 0.75), ScenarioLoader.parse(line, "good.yaml").station("make")
                .orElseThrow().flow().split());
        assertEquals(List.of("bad.yaml:8:12: error: stations.make.split: the shares add up to 0.95 (expected 1: every cell"
                + " goes to one of the stations)"), problems(line.replace("right: 0.75", "right: 0.7")));
        assertEquals(List.of("bad.yaml:8:12: error: stations.make.split: station 'right' takes output from 'make' but has no"
                        + " share (expected a share for each of 'left', 'right')",
                "bad.yaml:8:32: error: stations.make.split.rigth: station 'rigth' is unknown (did you mean 'right'?) (expected a"
                        + " station taking this one's output: 'left', 'right')"), problems(line.replace("right: 0.75", "rigth: 0.75")));
    }

    @Test
    void aStationFeedingTwoWithoutARuleIsRefused() {
        assertEquals(List.of("bad.yaml:5:9: error: stations.make.id: station 'make' feeds 'a', 'b' (expected one downstream"
                + " station, or a rule for several: split with a share for each, or caught_to on an inspection)"),
                problems(HEAD + "  - {id: a, process_time: 1 h, from: [make]}\n  - {id: b, process_time: 1 h, from: [make, a]}\n"));
    }

    @Test
    void kindKeysBelongToTheirKind() {
        assertEquals(List.of("bad.yaml:10:16: error: stations.a.detection: 'detection' belongs to inspection or grading"
                        + " stations (expected type: inspection or type: grading, or no 'detection' on a process station)",
                "bad.yaml:11:5: error: stations.b: a grading station needs 'grades': names and shares of the grades it sorts"
                        + " cells into"),
                problems(HEAD + "  - id: a\n    process_time: 1 h\n    detection: 0.5\n  - id: b\n    type: grading\n"
                        + "    process_time: 1 h\n"));
    }

    @Test
    void reworkEdgesGoBackOnALoopThatCannotLockUp() {
        String line = HEAD + REWORK + """
                  - {id: end, process_time: 1 h, from: [check]}
                """;
        assertEquals(List.of("bad.yaml:18:17: error: stations.rework.returns_to: the rework loop 'check', 'rework' has only"
                + " finite buffers, so it can lock up (expected buffer: unlimited on one of them, e.g. 'rework')"),
                problems(line.replace("buffer: unlimited", "buffer: 5").replace("detection: 0.9", "detection: 0.9\n    buffer: 5")));
        assertEquals(List.of("bad.yaml:17:17: error: stations.rework.returns_to: station 'end' is not upstream of 'rework'"
                + " (expected a declared rework edge back to an earlier station whose output reaches 'rework')"),
                problems(line.replace("returns_to: check", "returns_to: end")));
        assertEquals(List.of("bad.yaml:17:17: error: stations.rework.returns_to: station 'make' is fed from raw material and"
                + " has no input buffer for returns (expected a station with a from list)"),
                problems(line.replace("returns_to: check", "returns_to: make")));
        assertEquals(List.of("bad.yaml:17:17: error: stations.rework.returns_to: cells returned to 'check' can leave the loop only"
                + " by being caught again, and repaired cells are not: the line would never drain (expected a way from"
                + " 'check' to the end of line for cells that pass its inspections)"),
                problems(line.replace("caught_to: rework", "caught_to: end")));
    }

    @Test
    void gradingEndsTheLineAndSendsGradesOnOnlyToStationsThatTakeThem() {
        String sort = HEAD + "  - id: sort\n    type: grading\n    process_time: 1 h\n"
                + "    grades: [{name: A, share: 0.9}, {name: R, share: 0.1, to: reage}]\n";
        assertEquals(List.of("bad.yaml:11:13: error: stations.sort.grades: station 'pack' takes output from grading station"
                + " 'sort', but no grade is sent to it (expected a grade with to: pack)",
                "bad.yaml:11:63: error: stations.sort.grades[1].to: station 'reage' is unknown (expected the station that"
                        + " takes this grade, with 'sort' in its from)"),
                problems(sort + "  - {id: pack, process_time: 1 h}\n"));
        assertEquals(List.of("bad.yaml:11:13: error: stations.sort.grades: every grade is sent on, so no cell would leave"
                + " the line (expected at least one grade without 'to')"), problems(sort.replace("{name: A, share: 0.9}",
                "{name: A, share: 0.9, to: reage}") + "  - {id: reage, type: delay, duration: 1 d, returns_to: sort}\n"));
    }
}
