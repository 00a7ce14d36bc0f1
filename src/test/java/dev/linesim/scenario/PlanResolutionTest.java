package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.Fate;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plans resolve to the expected lines (golden files; regenerate deliberately with
 * {@code mvn test -Dtest=PlanResolutionTest -Dlinesim.updateGolden=true}), and every kind of bad plan is
 * reported in the plan file with line and column.
 */
class PlanResolutionTest {
    private static final String BASE = """
            name: base
            product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
            run: {horizon: 10 d, warmup: 1 d}
            calendar:
              maintenance:
                - {start: 1 d, duration: 2 h, every: 2 d, stations: [filling]}
            stations:
              - id: cathode
                process_time: 1 h
                unit: roll
                cells_per_unit: 100
                from: []
              - id: anode
                process_time: 1 h
                unit: roll
                cells_per_unit: 100
                from: []
              - id: winding
                process_time: 20 s
                from: [cathode, anode]
              - id: filling
                process_time: 20 s
                capex: {machine_price: 1 MUSD}
              - id: formation
                machines: 10
                process_time: 1 h
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private List<String> problems(String plan) throws Exception {
        write("base.yaml", BASE);
        Path p = write("plan.yaml", plan);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.open(p));
        return e.problems().stream().map(Problem::format).toList();
    }

    private String only(String plan) throws Exception {
        List<String> p = problems(plan);
        assertEquals(1, p.size(), p.toString());
        return p.get(0).replace(dir.toString() + "/", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lfp-prismatic-semisolid-retrofit", "ncm-pouch-semisolid-retrofit"})
    void shippedPlansResolveToTheirGoldenLines(String name) throws Exception {
        RetrofitPlan plan = ScenarioLoader.open(Path.of("scenarios", name + ".yaml")).plan().orElseThrow();
        Path golden = Path.of("src/test/resources/golden", name + ".resolved.yaml");
        if (Boolean.getBoolean("linesim.updateGolden")) {
            Files.writeString(golden, plan.resolvedYaml());
        }
        assertEquals(Files.readString(golden), plan.resolvedYaml());
        Scenario again = ScenarioLoader.parse(plan.resolvedYaml(), "resolved.yaml");
        assertEquals(withoutWarnings(plan.converted()), withoutWarnings(again), "the resolved text loads back to the same line");
    }

    @Test
    void changesRewireRoutingAndFollowReplacements() throws Exception {
        write("base.yaml", BASE);
        Path p = write("plan.yaml", """
                name: plan
                base: base.yaml
                changes:
                  - add: {id: se_coating, process_time: 1 h, unit: roll, cells_per_unit: 100}
                    into: winding
                  - add: {id: press, process_time: 5 min, machines: 12}
                    after: winding
                  - replace: filling
                    with: {id: injection, machines: 20, process_time: 3 min}
                  - modify: formation
                    set: {machines: 12, scrap: 0.02}
                  - remove: anode
                equipment:
                  filling: {fate: retired, salvage: 0.1 MUSD}
                  formation: {fate: modified, cost: 2 MUSD}
                """);
        RetrofitPlan plan = ScenarioLoader.open(p).plan().orElseThrow();
        Scenario s = plan.converted();
        assertEquals(List.of("cathode", "se_coating", "winding", "press", "injection", "formation"),
                s.stations().stream().map(StationSpec::id).toList());
        assertEquals(List.of("cathode", "se_coating"), s.station("winding").orElseThrow().from());
        assertEquals(List.of("winding"), s.station("press").orElseThrow().from());
        assertEquals(List.of("press"), s.station("injection").orElseThrow().from());
        assertEquals(List.of("injection"), s.station("formation").orElseThrow().from());
        assertEquals(12, s.station("formation").orElseThrow().machines());
        assertEquals(List.of("injection"), s.calendar().maintenance().get(0).stations(), "maintenance follows the replacement");
        assertEquals(Fate.Kind.RETIRED, plan.fates().get("anode").kind(), "a removed station is retired");
        assertEquals(Fate.Kind.MODIFIED, plan.fates().get("formation").kind());
        assertEquals(Fate.Kind.REUSED, plan.fates().get("cathode").kind());
        assertEquals(List.of("add se_coating into winding", "add press after winding", "replace filling with injection",
                "modify formation: machines, scrap", "remove anode"), plan.changes());
    }

    @Test
    void aPlanAddsReplacesAndModifiesStationsOfEveryKind() throws Exception {
        write("base.yaml", BASE);
        RetrofitPlan plan = ScenarioLoader.open(write("quality.yaml", """
                name: quality
                base: base.yaml
                changes:
                  - add: {id: check, type: inspection, process_time: 10 s, detection: 0.9, caught_to: fix}
                    after: filling
                  - add: {id: rest, type: delay, duration: 1 d}
                    after: check
                  - add: {id: fix, process_time: 5 min, from: [check], buffer: unlimited, scrap: 0.2, returns_to: check}
                    beside: check
                  - modify: winding
                    set: {defects: 0.01}
                  - add: {id: racks, type: rack, machines: 4, batch: {size: 10}, process_time: 8 h, load: 10 min,
                          unload: 10 min, loaders: 1}
                    after: rest
                  - replace: formation
                    with:
                      id: sorting
                      type: grading
                      process_time: 1 min
                      grades: [{name: A, share: 0.9}, {name: B, share: 0.1, price_per_kwh: 50 USD}]
                """)).plan().orElseThrow();
        Scenario s = plan.converted();
        assertEquals(List.of("cathode", "anode", "winding", "filling", "check", "fix", "rest", "racks", "sorting"),
                s.stations().stream().map(StationSpec::id).toList());
        assertEquals("inspection", s.station("check").orElseThrow().kind().key());
        assertEquals(List.of("filling"), s.station("check").orElseThrow().from());
        assertEquals(List.of("check"), s.station("rest").orElseThrow().from());
        assertEquals(List.of("check"), s.station("fix").orElseThrow().from());
        assertEquals("check", s.station("fix").orElseThrow().flow().returnsTo().orElseThrow());
        assertEquals("delay", s.station("rest").orElseThrow().kind().key());
        assertEquals(List.of("rest"), s.station("racks").orElseThrow().from());
        assertEquals(1, ((StationKind.Rack) s.station("racks").orElseThrow().kind()).loaders());
        assertEquals(List.of("racks"), s.station("sorting").orElseThrow().from());
        assertEquals(2, ((StationKind.Grading) s.station("sorting").orElseThrow().kind()).grades().size());
        assertEquals(0.01, s.station("winding").orElseThrow().flow().defects());
        assertEquals(List.of("add check after filling", "add rest after check", "add fix beside check",
                "modify winding: defects", "add racks after rest", "replace formation with sorting"), plan.changes());
        assertEquals(List.of("fix"), problems("""
                name: quality
                base: base.yaml
                changes:
                  - add: {id: fix, process_time: 5 min}
                    beside: filling
                """).stream().map(p -> p.contains("needs its own 'from'") ? "fix" : p).toList());
    }

    @Test
    void aPlanKeepsTheBaseRepairCrewsOrGivesItsOwnWhichStationsMayName() throws Exception {
        write("base.yaml", BASE.replace("stations:\n", "repair_crews:\n  - {id: fitters, size: 2}\nstations:\n")
                .replace("    machines: 10\n", "    machines: 10\n    failures: {mtbf: 100 h, mttr: 2 h, repair_crew: fitters}\n"));
        Scenario kept = ScenarioLoader.open(write("keep.yaml", "name: keep\nbase: base.yaml\n")).plan().orElseThrow().converted();
        assertEquals(List.of(new RepairCrew("fitters", "fitters", 2)), kept.repairCrews());
        assertEquals("fitters", kept.station("formation").orElseThrow().failures().orElseThrow().repairCrew().orElseThrow());
        RetrofitPlan own = ScenarioLoader.open(write("own.yaml", """
                name: own
                base: base.yaml
                repair_crews:
                  - {id: fitters, size: 3}
                  - {id: electricians, size: 1}
                changes:
                  - add: {id: press, process_time: 5 min, failures: {mtbf: 20 h, mttr: 1 h, repair_crew: electricians}}
                    after: winding
                """)).plan().orElseThrow();
        assertEquals(List.of(2), own.base().repairCrews().stream().map(RepairCrew::size).toList(), "the base keeps its own");
        assertEquals(List.of("fitters 3", "electricians 1"),
                own.converted().repairCrews().stream().map(c -> c.id() + " " + c.size()).toList());
        assertTrue(own.resolvedYaml().contains("repair_crews:"), own.resolvedYaml());
    }

    @Test
    void unknownStationInAChange() throws Exception {
        assertEquals("plan.yaml:4:13: error: changes[0].modify: unknown station 'formaton' (did you mean 'formation'?)"
                + " (expected a station of the line being converted)",
                only("name: plan\nbase: base.yaml\nchanges:\n  - modify: formaton\n    set: {machines: 3}\n"));
    }

    @Test
    void addingATakenId() throws Exception {
        assertEquals("plan.yaml:4:15: error: changes[0].add.id: station id 'filling' is already taken (expected a new id)",
                only("name: plan\nbase: base.yaml\nchanges:\n  - add: {id: filling, process_time: 1 h}\n    after: winding\n"));
    }

    @Test
    void removingAStationRoutingStillNeeds() throws Exception {
        String p = only("name: plan\nbase: base.yaml\nchanges:\n  - remove: winding\n");
        assertTrue(p.startsWith("plan.yaml:4:13: error: changes[0].remove: routing still needs 'winding'"), p);
    }

    @Test
    void missingOrLoopingBase() throws Exception {
        assertTrue(only("name: plan\nbase: nowhere.yaml\n").matches("plan\\.yaml:2:7: error: base: base file not found: .*nowhere\\.yaml.*"));
        write("a.yaml", "name: a\nbase: b.yaml\n");
        write("b.yaml", "name: b\nbase: a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.open(dir.resolve("a.yaml")));
        String p = e.problems().get(0).format();
        assertTrue(p.contains("b.yaml:2:7: error: base: the base chain loops: a.yaml -> b.yaml -> a.yaml"), p);
        write("broken.yaml", "name: broken\nproduct: {chemistry: x}\n");
        ScenarioException invalid = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.open(write("c.yaml", "name: c\nbase: broken.yaml\n")));
        assertTrue(invalid.problems().get(0).file().endsWith("broken.yaml"), "problems of the base are reported in the base file");
    }

    @Test
    void outagesAndRampsOutsideTheHorizon() throws Exception {
        List<String> p = problems("""
                name: plan
                base: base.yaml
                conversion:
                  horizon: 10 wk
                  cutover: {start: 2 wk, duration: 2 wk}
                  outages:
                    - {stations: [formation], start: 9 wk, duration: 2 wk}
                  ramp_up:
                    scrap: {table: [[0 wk, 0.1], [8 wk, 0.02]]}
                """).stream().map(s -> s.replace(dir.toString() + "/", "")).toList();
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("plan.yaml:7:7: error: conversion.outages[0]: the outage ends at 11 wk") || p.get(0).contains("after the horizon"), p.get(0));
        assertTrue(p.get(1).contains("conversion.ramp_up.scrap.table[1]") && p.get(1).contains("beyond the horizon"), p.get(1));
    }

    @Test
    void fatesMustFitTheStation() throws Exception {
        List<String> p = problems("""
                name: plan
                base: base.yaml
                changes:
                  - remove: filling
                equipment:
                  filling: reused
                  formation: modified
                  windng: reused
                """).stream().map(s -> s.replace(dir.toString() + "/", "")).toList();
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).contains("'filling' is removed or replaced by the plan"), p.get(0));
        assertTrue(p.get(1).contains("a modified item needs the installed cost"), p.get(1));
        assertTrue(p.get(2).contains("unknown station or facility item 'windng' (did you mean 'winding'?)"), p.get(2));
    }

    /** The line alone: warnings name the file they were found in, and the resolved text is another file. */
    private static Scenario withoutWarnings(Scenario s) {
        return new Scenario(s.name(), s.description(), s.product(), s.calendar(), s.run(), s.stations(), s.economics(),
                s.facility());
    }
}
