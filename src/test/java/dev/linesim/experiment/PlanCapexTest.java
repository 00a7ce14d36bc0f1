package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.results.CapexLine;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a plan buys, in cases that once cost nothing by mistake, each checked to the cent: a replacement that keeps its
 * id, an enlarged building, a station re-priced without a fate, and a station priced by energy when only the cell
 * changes.
 */
class PlanCapexTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            name: base
            product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
            run: {horizon: 100 h, warmup: 10 h, replications: 2}
            stations:
              - id: press
                machines: 2
                process_time: 30 min
                capex: {machine_price: 1 MUSD}
              - id: test
                process_time: 10 min
                capex: {cost: 0.5 MUSD}
            """;

    /** Writes a base line and a plan on it; returns the plan's file. */
    private Path write(String base, String plan) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), base);
        return Files.writeString(dir.resolve("plan.yaml"), plan);
    }

    private RunResults run(Path plan) throws Exception {
        return Experiment.run(ScenarioLoader.open(plan), 1, x -> { }).results();
    }

    @Test
    void aReplacementKeepingItsIdIsNewEquipmentAndTheOldIsRetired() throws Exception {
        Path plan = write(BASE, """
                name: plan
                base: base.yaml
                changes:
                  - replace: press
                    with: {id: press, machines: 2, process_time: 20 min, capex: {machine_price: 1.5 MUSD}}
                equipment:
                  press: {fate: retired, salvage: 0.25 MUSD}
                """);
        RunResults r = run(plan);
        var retrofit = r.capital().retrofit();
        // new: 2 x 1.5 MUSD = 3,000,000; the old press (2,000,000) is retired for 250,000; the tester is kept
        assertEquals(new BigDecimal("3000000.00"), retrofit.newEquipment());
        assertEquals(new BigDecimal("3000000.00"), retrofit.gross());
        assertEquals(new BigDecimal("2750000.00"), retrofit.net());
        assertEquals(new BigDecimal("500000.00"), retrofit.reusedEquipment(), "only the tester is kept");
        // existing equipment 2.5 MUSD, of which the tester's 0.5 is kept; the converted line holds 3.5 MUSD
        assertEquals(0.2, retrofit.keptShareOfExistingByValue(), 1e-12);
        assertEquals(0.5, retrofit.keptShareOfExistingByStations(), 1e-12, "the tester of press and tester");
        assertEquals(0.5 / 3.5, retrofit.reuseShareByValue(), 1e-12);
        assertEquals(0.5, retrofit.reuseShareByStations(), 1e-12, "the tester of the new press and the tester");
        List<CapexLine> press = r.capital().items().stream().filter(i -> i.id().equals("press")).toList();
        assertEquals(List.of("retired", "new"), press.stream().map(CapexLine::fate).toList());
        assertEquals(new BigDecimal("2000000.00"), press.get(0).valueBefore());
        assertEquals(new BigDecimal("3000000.00"), press.get(1).newPurchase());
    }

    @Test
    void theReplacedEquipmentCannotBeDeclaredReused() throws Exception {
        Path plan = write(BASE, """
                name: plan
                base: base.yaml
                changes:
                  - replace: press
                    with: {id: press, process_time: 20 min, capex: {machine_price: 1.5 MUSD}}
                equipment:
                  press: reused
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.open(plan));
        assertTrue(e.problems().get(0).format().contains("'press' is removed or replaced by the plan, so its equipment can only"
                + " be retired (was reused)"), e.problems().get(0).format());
    }

    @Test
    void anEnlargedBuildingBuysTheDifference() throws Exception {
        Path plan = write(BASE + "facility: {building: 20 MUSD}\n", """
                name: plan
                base: base.yaml
                facility: {building: 26.5 MUSD}
                """);
        RunResults r = run(plan);
        assertEquals(new BigDecimal("6500000.00"), r.capital().retrofit().newFacility());
        assertEquals(new BigDecimal("6500000.00"), r.capital().retrofit().gross());
        assertEquals(new BigDecimal("20000000.00"), r.capital().retrofit().reusedFacility());
    }

    @Test
    void aStationRepricedWithoutAFateIsAnError() throws Exception {
        Path plan = write(BASE, """
                name: plan
                base: base.yaml
                changes:
                  - modify: press
                    set: {capex: {machine_price: 2 MUSD}}
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.open(plan));
        assertEquals(plan + ":3:1: error: changes: the plan changes the value of 'press' from 2 MUSD to"
                + " 4 MUSD without changing its machine count, so nothing says what that costs (expected equipment: {press: {fate:"
                + " modified, cost: ...}}, or retired)", e.problems().get(0).format());
        Files.writeString(plan, Files.readString(plan)
                + "equipment:\n  press: {fate: modified, cost: 0.3 MUSD}\n");
        RunResults r = run(plan);
        assertEquals(new BigDecimal("300000.00"), r.capital().retrofit().gross(), "the declared modification is the spend");
    }

    @Test
    void aStationPricedByEnergyKeepsItsValueWhenOnlyTheCellChanges() throws Exception {
        Path plan = write(BASE.replace("capex: {cost: 0.5 MUSD}",
                "capex: {base_cost: 10 MUSD, base_rate: 1 GWh/yr, exponent: 1}"), """
                name: plan
                base: base.yaml
                product: {chemistry: LFP semi-solid, capacity: 150 Ah, voltage: 3.2 V}
                """);
        RunResults r = run(plan);
        CapexLine test = r.capital().items().stream().filter(i -> i.id().equals("test")).findFirst().orElseThrow();
        // 6 cells/h x 24 x 330 x 320 Wh = 0.0152064 GWh/yr: 10 MUSD x 0.0152064 = 152,064 USD, with either cell
        assertEquals(new BigDecimal("152064.00"), test.valueBefore());
        assertEquals(test.valueBefore(), test.installedValue(), "the tester is the same machine whatever the cell stores");
        assertEquals(new BigDecimal("0.00"), r.capital().retrofit().gross());
    }

    @Test
    void keptEquipmentIsCarriedAtItsBookValue() throws Exception {
        // the press is 4 years into a 10-year life: 2 MUSD installed, 1.2 MUSD on the books; the tester is new
        String aged = BASE.replace("capex: {machine_price: 1 MUSD}", "capex: {machine_price: 1 MUSD, age: 4}");
        Path plan = write(aged, """
                name: plan
                base: base.yaml
                changes:
                  - add: {id: pack, process_time: 5 min, capex: {cost: 1 MUSD}}
                    after: test
                """);
        RunResults r = run(plan);
        assertEquals(new BigDecimal("2700000.00"), r.capital().capitalEmployed(), "1.2 + 0.5 kept at book value + 1 bought");
        assertEquals(new BigDecimal("3500000.00"), r.capital().retrofit().greenfield(), "new, everything at installed value");
        CapexLine press = r.capital().items().stream().filter(i -> i.id().equals("press")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2000000.00"), press.valueBefore());
        assertEquals(new BigDecimal("1200000.00"), press.bookValue());
        assertEquals(2.5 / 3.5, r.capital().retrofit().reuseShareByValue(), 1e-12, "reuse shares count installed values");
        RunResults line = Experiment.run(ScenarioLoader.open(dir.resolve("base.yaml")), 1, x -> { }).results();
        assertEquals(new BigDecimal("1700000.00"), line.capital().capitalEmployed(), "the line as it stands, at book value");
        assertEquals(new BigDecimal("2500000.00"), line.capital().equipment(), "its equipment at installed value");
    }
}
