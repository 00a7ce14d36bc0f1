package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linesim.TestResults;
import dev.linesim.scenario.input.Overrides;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.List;

/** {@code --set PATH=VALUE}: values checked as if written in the file, problems located at the override. */
class OverridesTest {
    @TempDir
    Path dir;

    private ScenarioLoader.Loaded open(String file, String... sets) throws ScenarioException {
        TestResults.write(dir);
        return ScenarioLoader.open(dir.resolve(file), Overrides.parse(List.of(sets)));
    }

    private List<String> problems(String file, String... sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> open(file, sets));
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void stationsAreNamedByIdOrIndexAndValuesAreWrittenAsInTheFile() throws Exception {
        ScenarioLoader.Loaded l = open("small-liquid.yaml", "stations.winder.machines=3",
                "stations.0.process_time={dist: lognormal, mean: 40 min, cv: 0.2}", "economics.price_per_kwh=95 USD",
                "run.replications=2");
        Scenario s = l.scenario();
        assertEquals(3, s.station("winder").orElseThrow().machines());
        assertEquals(new Distribution.Lognormal(40 / 60.0, 0.2), s.station("coater").orElseThrow().processTime());
        assertEquals("95", s.economics().pricePerKwh().orElseThrow().amount().toPlainString());
        assertEquals(2, s.run().replications());
        assertEquals(List.of("stations.winder.machines=3", "stations.0.process_time={dist: lognormal, mean: 40 min, cv: 0.2}",
                "economics.price_per_kwh=95 USD", "run.replications=2"), l.overrides());
    }

    @Test
    void aPlanTakesItsOwnSectionsItsLineTheRestAndItsBaseWhatItInherits() throws Exception {
        ScenarioLoader.Loaded l = open("small-semisolid.yaml", "stations.se_coater.machines=2",
                "conversion.cutover.duration=3 wk", "economics.price_per_kwh=90 USD", "product.capacity=120 Ah",
                "stations.winder.machines=3");
        RetrofitPlan plan = l.plan().orElseThrow();
        assertEquals(2, plan.converted().station("se_coater").orElseThrow().machines(), "a station the plan adds");
        assertEquals(3 * 168.0, plan.conversion().orElseThrow().cutoverDuration());
        assertEquals(120 * 3.2, plan.converted().product().whPerCell(), 1e-9);
        assertEquals(100 * 3.2, plan.base().product().whPerCell(), 1e-9, "the product is the plan's own");
        // the plan sets no price of its own: both lines take it, so the decision compares like with like; the stations
        // are the plan's equipment, so a machine count changes the converted line alone
        assertEquals("90", plan.converted().economics().pricePerKwh().orElseThrow().amount().toPlainString());
        assertEquals("90", plan.base().economics().pricePerKwh().orElseThrow().amount().toPlainString());
        assertEquals(2, plan.base().station("winder").orElseThrow().machines());
        assertEquals(3, plan.converted().station("winder").orElseThrow().machines());
    }

    @Test
    void badPathsAndValuesAreReportedAtTheOverrideWithWhatWasExpected() {
        assertEquals(List.of("--set stations.windr.machines=2: error: stations: no item 'windr' (did you mean 'winder'?)"
                + " (expected an id of coater, winder, aging, tester, or an index from 0 to 3)"),
                problems("small-liquid.yaml", "stations.windr.machines=2"));
        assertEquals(List.of("--set stations.winder.machnes=2: error: stations.winder.machnes: unknown key 'machnes' (did you"
                + " mean 'machines'?) (expected one of: id, name, type, parameters, machines, unit, cells_per_unit,"
                + " electrode_per_unit, batch, process_time, detection, caught_to, grades, load, unload, loaders, buffer,"
                + " failures, scrap, defects, from, merge, split, returns_to, calendar, capex, operators, crew, power)"),
                problems("small-liquid.yaml", "stations.winder.machnes=2"));
        assertEquals(List.of("--set stations.winder.machines=0: error: stations.winder.machines: expected a value >= 1, was 0"),
                problems("small-liquid.yaml", "stations.winder.machines=0"));
        assertEquals(List.of("--set stations.se_coater.scrap=1.5: error: stations.se_coater.scrap: expected a value < 1, was 1.5"),
                problems("small-semisolid.yaml", "stations.se_coater.scrap=1.5"));
        assertEquals(List.of("--set run.seed.x=1: error: run.seed: is a single value, so it has no key 'x' (expected the path"
                + " to end here)"), problems("small-liquid.yaml", "run.seed.x=1"));
        assertEquals(List.of("--set machines: error: expected PATH=VALUE with a dotted key path, such as"
                + " stations.winding.machines=9 or economics.price_per_kwh=\"90 USD\""), problems("small-liquid.yaml", "machines"));
    }
}
