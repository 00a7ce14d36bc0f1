package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cell design sets how many cells a roll or a slurry batch yields, worked by hand: a 280 Ah cell at
 * 3.2 mAh/cm^2 per side on two sides needs 280 / (3.2 x 10 x 2) = 4.375 m^2 of foil; a 2,000 m x 1.3 m roll with
 * 8 % trim yields floor(2600 x 0.92 / 4.375) = floor(546.7) = 546 cells; a 760 kAh slurry batch yields
 * floor(760,000 x 0.92 / 280) = floor(2497.1) = 2497.
 */
class CellDesignTest {
    private static String line(String product) {
        return "name: design\nproduct: " + product + """

                run: {horizon: 10 d, warmup: 1 d}
                stations:
                  - id: mixing
                    unit: batch
                    electrode_per_unit: 760 kAh
                    process_time: 4 h
                  - id: coating
                    unit: roll
                    electrode_per_unit: 2000 m x 1.3 m
                    machines: 2
                    process_time: 25 min
                  - id: winding
                    process_time: 20 s
                """;
    }

    private static final String CELL_280 = "{chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V, cell_mass: 5.4 kg,"
            + " electrode: {areal_capacity: 3.2 mAh/cm2, trim: 0.08}}";

    @Test
    void cellsPerRollAndPerBatchFollowFromTheDesign() throws Exception {
        Scenario s = ScenarioLoader.parse(line(CELL_280), "design.yaml");
        assertEquals(4.375, s.product().electrode().orElseThrow().areaPerCell(), 1e-12);
        assertEquals(2497, s.station("mixing").orElseThrow().cellsPerUnit());
        assertEquals(546, s.station("coating").orElseThrow().cellsPerUnit());
        assertEquals(List.of(), s.warnings(), "896 Wh in 5.4 kg = 166 Wh/kg is a plausible LFP cell");
    }

    @Test
    void moreEnergyAtTheSameLoadingNeedsMoreElectrodeAndSlowsTheElectrodeLine() throws Exception {
        Scenario before = ScenarioLoader.parse(line(CELL_280), "design.yaml");
        Scenario after = ScenarioLoader.parse(line(CELL_280.replace("280 Ah", "320 Ah")), "design.yaml");
        assertEquals(5.0, after.product().electrode().orElseThrow().areaPerCell(), 1e-12); // 320 / 64
        assertEquals(478, after.station("coating").orElseThrow().cellsPerUnit()); // floor(2392 / 5) = 478
        assertEquals(2185, after.station("mixing").orElseThrow().cellsPerUnit()); // floor(699,200 / 320) = 2185
        double rate = after.station("coating").orElseThrow().designCellsPerHour()
                / before.station("coating").orElseThrow().designCellsPerHour();
        assertEquals(478.0 / 546, rate, 1e-12, "the coaters' cells/h fall with the cells per roll");
    }

    @Test
    void anElectrodeAreaGivesTheCapacityAndMustAgreeWithAWrittenOne() throws Exception {
        Scenario byArea = ScenarioLoader.parse(line("{chemistry: LFP, voltage: 3.2 V, electrode: {areal_capacity: 3.2 mAh/cm2,"
                + " area: 4.375 m2, trim: 0.08}}"), "design.yaml");
        assertEquals(280, byArea.product().capacityAh(), 1e-9);
        assertEquals(896, byArea.product().whPerCell(), 1e-9);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(line(
                CELL_280.replace("trim: 0.08", "trim: 0.08, area: 4.0 m2")), "design.yaml"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).format().startsWith("design.yaml:2:") && e.problems().get(0).format().contains(
                "product.electrode.area: 4.000 m2 at 3.2 mAh/cm2 on 2 side(s) holds 256.0 Ah, but the capacity is 280.0 Ah"),
                e.problems().get(0).format());
    }

    @Test
    void anAreaWithoutAnElectrodeDesignOrTwoCountsAreRefusedWhereWritten() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                line("{chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}").replace("    electrode_per_unit: 760 kAh\n",
                        "    electrode_per_unit: 760 kAh\n    cells_per_unit: 2500\n"), "design.yaml"));
        List<String> p = e.problems().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "design.yaml:7:25: error: stations.mixing.electrode_per_unit: cells per unit are given twice (expected"
                        + " cells_per_unit or electrode_per_unit, not both)",
                "design.yaml:12:25: error: stations.coating.electrode_per_unit: an electrode area needs the cell's electrode"
                        + " design (expected product.electrode with areal_capacity, or cells_per_unit)"), p);
    }

    @Test
    void aSpecificEnergyBeyondCommercialCellsIsAWarning() throws Exception {
        Scenario s = ScenarioLoader.parse(line(CELL_280.replace("5.4 kg", "3.2 kg")), "design.yaml");
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).format().matches("design\\.yaml:2:\\d+: warning: product\\.cell_mass: 896 Wh in 3\\.20"
                + " kg is 280 Wh/kg, outside the 120-220 Wh/kg of commercial LFP cells.*"), s.warnings().get(0).format());
    }

    @Test
    void aPlanThatRaisesTheEnergyButNotTheElectrodeIsWarned(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), line("{chemistry: LFP, capacity: 280 Ah, voltage: 3.2 V}")
                .replace("electrode_per_unit: 760 kAh", "cells_per_unit: 2500")
                .replace("electrode_per_unit: 2000 m x 1.3 m", "cells_per_unit: 500"));
        Files.writeString(dir.resolve("plan.yaml"), "name: plan\nbase: base.yaml\n"
                + "product: {chemistry: LFP, capacity: 320 Ah, voltage: 3.2 V}\n");
        Scenario converted = ScenarioLoader.load(dir.resolve("plan.yaml"));
        assertEquals(1, converted.warnings().size());
        assertTrue(converted.warnings().get(0).format().contains("plan.yaml:3:1: warning: product: the energy per cell"
                + " changes from 896 to 1024 Wh (+14 %) but neither the electrode area per cell nor its loading does"),
                converted.warnings().toString());

        Files.writeString(dir.resolve("base.yaml"), line(CELL_280));
        Files.writeString(dir.resolve("plan.yaml"), "name: plan\nbase: base.yaml\nproduct: "
                + CELL_280.replace("280 Ah", "320 Ah") + "\n");
        assertEquals(List.of(), ScenarioLoader.load(dir.resolve("plan.yaml")).warnings(),
                "a design whose electrode grows with its capacity is not doubtful");
    }
}
