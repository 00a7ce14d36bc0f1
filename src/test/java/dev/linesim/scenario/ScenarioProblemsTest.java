package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;

/** Every class of bad input is reported with file, line, column, key path and what was expected. */
class ScenarioProblemsTest {
    private static final String HEAD = """
            name: bad
            product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
            run: {horizon: 10 d, warmup: 1 d}
            stations:
            """;

    private static List<String> problems(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "bad.yaml"));
        return e.problems().stream().map(Problem::format).toList();
    }

    private static String only(String yaml) {
        List<String> p = problems(yaml);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void unknownKeyNamesTheKeyAndSuggestsTheNearestOne() {
        assertEquals("bad.yaml:6:5: error: stations.a.machnes: unknown key 'machnes' (did you mean 'machines'?)"
                + " (expected one of: id, name, type, parameters, machines, unit, cells_per_unit, electrode_per_unit, batch,"
                + " process_time, detection, caught_to, grades, load, unload, loaders, buffer, failures, scrap, defects, from,"
                + " merge, split, returns_to, calendar, capex, operators, crew, power)",
                only(HEAD + "  - id: a\n    machnes: 2\n    process_time: 1 h\n"));
    }

    @Test
    void aRepairCrewMustBeListedOnceAndNamedRightAndHaveTechnicians() {
        String failing = "  - id: a\n    process_time: 1 h\n    failures: {mtbf: 10 h, mttr: 1 h, repair_crew: fiters}\n";
        assertEquals("bad.yaml:2:25: error: repair_crews.fitters.size: expected a value >= 1, was 0",
                only("repair_crews:\n  - {id: fitters, size: 0}\n" + HEAD + failing));
        List<String> p = problems("repair_crews:\n  - {id: fitters, size: 2}\n  - {id: fitters, size: 1}\n" + HEAD + failing);
        assertEquals(List.of(
                "bad.yaml:3:10: error: repair_crews[1].id: repair crew 'fitters' is listed twice (expected a unique id)",
                "bad.yaml:10:52: error: stations.a.failures.repair_crew: no repair crew 'fiters' (did you mean 'fitters'?)"
                        + " (expected one of fitters)"), p);
        assertTrue(only(HEAD + failing).endsWith("no repair crew 'fiters' (expected a crew listed under repair_crews)"));
    }

    @Test
    void crewShiftsRunInOrderWithinADayAndSomeoneIsOnDuty() {
        String station = "  - id: a\n    process_time: 1 h\n    failures: {mtbf: 10 h, mttr: 1 h, repair_crew: fitters}\n";
        assertEquals(List.of("bad.yaml:2:57: error: repair_crews.fitters.shifts[1].from: shift starts at 6 h (expected a time of"
                        + " day under 24 h, later than the shift before)",
                "bad.yaml:2:79: error: repair_crews.fitters.shifts[2].from: shift starts at 1 d (expected a time of day under 24 h,"
                        + " later than the shift before)"),
                problems("repair_crews:\n  - {id: fitters, shifts: [{from: 6 h, size: 1}, {from: 6 h, size: 2}, {from: 24 h,"
                        + " size: 1}]}\n" + HEAD + station));
        assertEquals("bad.yaml:2:27: error: repair_crews.fitters.shifts: no technician is on duty on any shift, so no repair would"
                + " ever start (expected a size of at least 1 on one shift)",
                only("repair_crews:\n  - {id: fitters, shifts: [{from: 6 h, size: 0}]}\n" + HEAD + station));
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndFound() {
        assertEquals("bad.yaml:6:15: error: stations.a.machines: expected an integer, was \"two\"",
                only(HEAD + "  - id: a\n    machines: two\n    process_time: 1 h\n"));
    }

    @Test
    void nonPositiveValuesAndFractionsOutOfRangeAreRefused() {
        List<String> p = problems(HEAD + "  - id: a\n    machines: 0\n    process_time: 0 h\n    scrap: 1.0\n");
        assertEquals(List.of(
                "bad.yaml:6:15: error: stations.a.machines: expected a value >= 1, was 0",
                "bad.yaml:8:12: error: stations.a.scrap: expected a value < 1, was 1.0"), p);
        assertEquals("bad.yaml:6:19: error: stations.a.process_time: expected a positive duration, was 0 h",
                only(HEAD + "  - id: a\n    process_time: 0 h\n"));
        assertTrue(only(HEAD + "  - id: a\n    process_time: 1 h\n    scrap: -0.1\n").endsWith("expected a value >= 0, was -0.1"));
    }

    @Test
    void durationsNeedAUnit() {
        assertEquals("bad.yaml:6:19: error: stations.a.process_time: expected a duration with its unit: s, min, h, d"
                + " or wk, was \"90 sec\"", only(HEAD + "  - id: a\n    process_time: 90 sec\n"));
    }

    @Test
    void unknownStationReferenceIsNamedWithASuggestion() {
        assertEquals("bad.yaml:8:12: error: stations.b.from[0]: unknown station 'mixr' (did you mean 'mixer'?)"
                + " (expected the id of a station in this file)",
                only(HEAD + "  - id: mixer\n    process_time: 1 h\n  - id: b\n    from: [mixr]\n    process_time: 1 h\n"));
    }

    @Test
    void routingCyclesAreFound() {
        String p = only(HEAD + "  - id: a\n    process_time: 1 h\n  - id: b\n    process_time: 1 h\n    from: [c]\n"
                + "  - id: c\n    process_time: 1 h\n    from: [b]\n");
        assertTrue(p.startsWith("bad.yaml:") && p.contains("routing cycle"), p);
    }

    @Test
    void stationsWhoseOutputGoesNowhereAreFound() {
        assertEquals("bad.yaml:5:9: error: stations.a.id: the output of station 'a' goes nowhere: it cannot reach the"
                + " end of line 'b' (expected it in the 'from' list of a downstream station)",
                only(HEAD + "  - id: a\n    process_time: 1 h\n  - id: b\n    process_time: 1 h\n    from: []\n"));
    }

    @Test
    void warmupMustBeShorterThanHorizon() {
        String yaml = HEAD.replace("warmup: 1 d", "warmup: 10 d") + "  - id: a\n    process_time: 1 h\n";
        assertEquals("bad.yaml:3:30: error: run.warmup: warm-up 10 d is not shorter than the horizon 10 d"
                + " (expected warmup < horizon)", only(yaml));
    }

    @Test
    void distributionsNeedTheirParameters() {
        assertEquals("bad.yaml:6:19: error: stations.a.process_time: a lognormal distribution needs 'cv'"
                + " (expected mean, cv)", only(HEAD + "  - id: a\n    process_time: {dist: lognormal, mean: 1 h}\n"));
        assertTrue(only(HEAD + "  - id: a\n    process_time: {dist: triangular, min: 3 h, mode: 1 h, max: 4 h}\n")
                .contains("expected min <= mode <= max"));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        List<String> p = problems(HEAD + "  - id: a\n    machines: -1\n    process_time: 1 h\n    colour: red\n"
                + "  - id: b\n    process_time: soon\n");
        assertEquals(3, p.size(), p.toString());
    }

    @Test
    void yamlSyntaxErrorsAreLocated() {
        String p = only("name: x\nstations: [a, b\nrun: {}\n");
        assertTrue(p.matches("bad\\.yaml:\\d+:\\d+: error: YAML syntax error: .*"), p);
    }

    @Test
    void duplicateKeysAreAllReported() {
        List<String> p = problems(HEAD + "  - id: a\n    process_time: 1 h\n    process_time: 2 h\n    id: b\n");
        assertEquals(List.of(
                "bad.yaml:7:5: error: stations[0].process_time: duplicate key 'process_time' (expected each key once per mapping)",
                "bad.yaml:8:5: error: stations[0].id: duplicate key 'id' (expected each key once per mapping)"), p);
        // an item with one id is named by it, as everywhere else
        assertEquals("bad.yaml:7:5: error: stations.a.process_time: duplicate key 'process_time' (expected each key once per"
                + " mapping)", only(HEAD + "  - id: a\n    process_time: 1 h\n    process_time: 2 h\n"));
    }

    @Test
    void aliasBombsAreRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i > 0 ? "," : "").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        List<String> p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(bomb.toString()));
        assertTrue(p.get(0).contains("YAML alias '*a' is not supported"), p.get(0));
    }

    @Test
    void productEnergyMayComeFromSpecificEnergyAndMass() throws Exception {
        Scenario s = ScenarioLoader.parse(HEAD.replace("capacity: 280 Ah, voltage: 3.2 V",
                "specific_energy: 280 Wh/kg, cell_mass: 3200 g") + "  - id: a\n    process_time: 1 h\n", "ok.yaml");
        assertEquals(896.0, s.product().whPerCell(), 1e-9);
    }

    @Test
    void numbersPastWhatTheModelRepresentsAreRefusedWhereTheyAreWritten() {
        List<String> p = problems("""
                name: bad
                product: {chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}
                run: {horizon: 10 d, replications: 4294967297, seed: 99999999999999999999}
                stations:
                  - id: a
                    machines: 4294967297
                    process_time: 1 h
                    batch: {size: 2000000}
                    cells_per_unit: 99999999999
                """);
        assertEquals(List.of(
                "bad.yaml:3:36: error: run.replications: expected a value <= 100000 or 'auto', was 4294967297",
                "bad.yaml:3:54: error: run.seed: expected a value <= 9223372036854775807, was 99999999999999999999",
                "bad.yaml:6:15: error: stations.a.machines: expected a value <= 1000000, was 4294967297",
                "bad.yaml:8:19: error: stations.a.batch.size: expected a value <= 1000000, was 2000000",
                "bad.yaml:9:21: error: stations.a.cells_per_unit: expected a value <= 1000000000, was 99999999999"),
                p.stream().sorted().toList());
    }

    @Test
    void durationsAndDistributionsMustStayWithinACentury() {
        List<String> p = problems(HEAD.replace("horizon: 10 d", "horizon: 1000000 d") + """
                  - id: a
                    process_time: 1e400 h
                  - id: b
                    process_time: {dist: weibull, shape: 0.05, scale: 1000 wk}
                """);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).contains("run.horizon: expected a duration of at most 36525 d (100 years), was 1000000 d"), p.get(0));
        assertTrue(p.get(1).contains("stations.a.process_time: expected a duration of at most 36525 d"), p.get(1));
        assertTrue(p.get(2).contains("stations.b.process_time: the mean of this weibull distribution is"), p.get(2));
    }

    @Test
    void aBatchThatCanNeverFillItsBufferAndAHandOverIntoAnAssembly() {
        List<String> p = problems(HEAD + """
                  - id: a
                    process_time: 1 h
                  - id: oven
                    batch: {size: 60}
                    buffer: 50
                    process_time: 1 h
                  - id: c
                    from: []
                    process_time: 1 h
                  - id: join
                    from: [oven, c]
                    buffer: 0
                    process_time: 1 h
                """);
        assertEquals(List.of(
                "bad.yaml:8:19: error: stations.oven.batch.size: a job needs at least 60 units, but the input buffer holds 50"
                        + " (expected a buffer of at least 60, or a smaller batch or min)",
                "bad.yaml:16:13: error: stations.join.buffer: an assembly station cannot take its inputs hand to hand: each"
                        + " input must wait for the others (expected a buffer of at least 1)"), p);
    }

    @Test
    void aBufferOfZeroIsADirectHandOver() throws Exception {
        Scenario s = ScenarioLoader.parse(HEAD + "  - id: a\n    process_time: 1 h\n  - id: b\n    process_time: 1 h\n"
                + "    buffer: 0\n", "ok.yaml");
        assertEquals(0, s.station("b").orElseThrow().buffer());
    }

    @Test
    void oneDocumentPerFileAndNestingWithinReason() {
        assertEquals("bad.yaml:8:1: error: a second YAML document starts here (expected one scenario per file; remove the"
                + " '---' and what follows, or split the file)",
                only(HEAD + "  - id: a\n    process_time: 1 h\n---\nname: other\n"));
        String deep = "[".repeat(200) + "]".repeat(200);
        String p = only(HEAD + "  - id: a\n    process_time: 1 h\n    extra: " + deep + "\n");
        assertTrue(p.startsWith("bad.yaml:7:") && p.endsWith("mappings and lists nested deeper than 64 levels (expected a"
                + " scenario a few levels deep)"), p);
        assertTrue(!p.contains("StreamReadConstraints") && !p.contains("Exception"), p);
    }

    @Test
    void devicesAndPipesAreNotRead() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.open(java.nio.file.Path.of("/dev/zero")));
        assertEquals("/dev/zero: error: not a regular file (expected a YAML scenario file, not a device, pipe or folder)",
                e.problems().get(0).format());
    }

    @Test
    void aPricePerPositionNeedsPositions() {
        assertEquals("bad.yaml:10:28: error: stations.aging.capex.machine_price: a price per position needs a number of positions,"
                + " and this delay stage has unlimited capacity (expected a capacity, or capex as cost for the whole stage)",
                only(HEAD + "  - id: a\n    process_time: 1 h\n  - id: aging\n    type: delay\n    duration: 2 d\n"
                        + "    capex: {machine_price: 1 MUSD}\n"));
    }
}
