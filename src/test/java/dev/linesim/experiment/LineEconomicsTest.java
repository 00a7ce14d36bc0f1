package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

/** A priced plan, from YAML through the retrofit's capex and the line's cost per kWh, computed by hand. */
class LineEconomicsTest {
    @TempDir
    Path dir;

    @Test
    void retrofitAndCostPerKwhFromScenarioFiles() throws Exception {
        Files.writeString(dir.resolve("liquid.yaml"), """
                name: liquid
                product: {chemistry: liquid, capacity: 100 Ah, voltage: 10 V}
                economics: {currency: EUR, discount_rate: 0.08, equipment_life: 10, building_life: 20,
                            fixed_opex_per_year: 1 MEUR, material_cost_per_cell: 50 EUR}
                facility:
                  building: 20 MEUR
                  dry_room: {area: 1000 m2, dew_point: -40 C, cost_per_m2: 1.5 kEUR}
                run: {horizon: 1001 h, warmup: 1 h, replications: 2}
                stations:
                  - id: coater
                    process_time: 30 min
                    capex: {machine_price: 2 MEUR, installation: 0.25}
                  - id: filler
                    process_time: 20 min
                    capex: {cost: 1 MEUR}
                """);
        Files.writeString(dir.resolve("plan.yaml"), """
                name: converted
                base: liquid.yaml
                facility:
                  dry_room: {area: 1000 m2, dew_point: -50 C, cost_per_m2: 2.2 kEUR}
                changes:
                  - replace: filler
                    with: {id: injector, machines: 2, process_time: 30 min, capex: {machine_price: 0.5 MEUR, installation: 0.3}}
                  - modify: coater
                    set: {machines: 3, process_time: 1 h}
                equipment:
                  filler: {fate: retired, salvage: 0.1 MEUR}
                  dry_room: {fate: modified, cost: 0.4 MEUR}
                """);
        RetrofitPlan plan = ScenarioLoader.open(dir.resolve("plan.yaml")).plan().orElseThrow();
        RunSummary run = Experiment.run(ScenarioLoader.open(dir.resolve("plan.yaml")), 1, r -> { });
        LineEconomics e = run.economics();
        var r = e.retrofit().orElseThrow();
        // coater: 1 -> 3 machines at 2 MEUR x 1.25: 2 added = 5,000,000; injector: 2 x 0.5 M x 1.3 = 1,300,000
        assertEquals(new BigDecimal("6300000.00"), r.newEquipment().setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("400000.00"), r.modifications().setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("6700000.00"), r.gross().setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("6600000.00"), r.net().setScale(2, RoundingMode.HALF_EVEN));
        // greenfield: 7,500,000 + 1,300,000 + building 20,000,000 + dry room 2,200,000
        assertEquals(new BigDecimal("31000000.00"), r.greenfield().setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(2500000.0 / 8800000.0, r.reuseShareByValue(), 1e-12);
        assertEquals(1.0 / 5.0, r.reuseShareByCount(), 1e-12);
        // capital employed: kept coater 2,500,000 + kept building 20,000,000 + kept dry room 1,500,000 + gross 6,700,000
        assertEquals(new BigDecimal("30700000.00"), e.capitalBase().setScale(2, RoundingMode.HALF_EVEN));
        // deterministic line: 3 coaters at 1 h = 3 cells/h, injector 4/h: 3 good cells/h; 24 x 330 h/yr; 1 kWh per cell
        double kwhPerYear = 3 * 24 * 330;
        // equipment part 2.5 + 6.3 = 8.8 M over 10 y; facility 21.5 M kept + 0.4 M dry-room modification = 21.9 M over
        // 20 y (a modification lasts as long as what it modifies), at 8 %
        double charge = 8_800_000 * 0.14902948869707 + 21_900_000 * 0.10185220882315;
        double cost = (charge + 1_000_000 + 50 * kwhPerYear) / kwhPerYear;
        assertEquals(cost, e.costPerKwh().orElseThrow().mean(), 1e-6);
        assertEquals(0.0, e.costPerKwh().orElseThrow().halfWidth(), 1e-9);
    }
}
