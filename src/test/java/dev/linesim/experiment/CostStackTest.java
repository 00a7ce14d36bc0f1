package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.line.ReplicationResult;
import dev.linesim.line.StationResult;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.ScenarioLoader;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;

/** The cost stack of one replication, worked to the cent by hand. */
class CostStackTest {
    private static final String LINE = """
            name: stack
            product: {chemistry: LFP, capacity: 156.25 Ah, voltage: 3.2 V}
            calendar: {hours_per_day: 16, days_per_year: 300}
            run: {horizon: 110 h, warmup: 10 h}
            economics:
              currency: USD
              wage_per_hour: 40 USD
              electricity_per_kwh: 0.1 USD
              maintenance_share: 0.05
              overhead_per_year: 1 MUSD
              materials:
                - {item: cathode, per_cell: 10 USD, at: a}
                - {item: can, per_kwh: 20 USD, at: b}
            facility:
              dry_room: {area: 1000 m2, dew_point: -50 C, cost_per_m2: 1 kUSD}
            stations:
              - id: a
                machines: 2
                process_time: 6 min
                operators: 1.5
                crew: 1
                power: {busy: 100 kW, idle: 20 kW}
                capex: {machine_price: 1 MUSD}
              - id: b
                process_time: 3 min
                operators: 2
                power: {busy: 50 kW}
            """;

    private static StationResult station(String id, double cellsIn, double busy) {
        return new StationResult(id, cellsIn, cellsIn, 0, 1, busy, 0, 1 - busy, 0, 0, busy, 0, 0, 0, 0, 0);
    }

    @Test
    void everyComponentIsCostedFromTheReplicationAndTheInputs() throws Exception {
        Scenario line = ScenarioLoader.parse(LINE, "stack.yaml");
        // 10 good cells/h over 100 observed hours; a took in 1,200 cells and was busy 60 %, b 1,100 and 50 %
        ReplicationResult r = new ReplicationResult(0, 0, 1000, 10, 1000.0 / 1200, 0, 0, 0, 0, new double[0], new double[0],
                new double[0], new double[0], new double[0], new double[0], List.of(station("a", 1200, 0.6), station("b", 1100, 0.5)),
                List.of(), new double[0], 0);
        CostStack.Year year = CostStack.of(line, r, CostStack.given(line, true), 2_000_000, 500_000);
        Map<CostStack.Component, Double> c = year.perYear();
        // hours a year 24 x 300 = 7,200: a takes 86,400 cells x 10 USD, b 79,200 cells x (20 USD/kWh x 0.5 kWh)
        assertEquals(1_656_000.00, c.get(CostStack.Component.MATERIALS), 0.005);
        // good cells 72,000 x 20 USD of materials each; the rest was consumed by cells later scrapped
        assertEquals(216_000.00, year.scrapMaterials(), 0.005);
        // posts per shift 1.5 x 2 + 1 + 2 x 1 = 6, staffed 16 h x 300 d = 4,800 h, at 40 USD
        assertEquals(1_152_000.00, c.get(CostStack.Component.LABOUR), 0.005);
        // a: 2 x (0.6 x 100 + 0.4 x 20) = 136 kW; b: 0.5 x 50 = 25 kW; 161 kW x 7,200 h x 0.1 USD
        assertEquals(115_920.00, c.get(CostStack.Component.ENERGY), 0.005);
        // 1,000 m2 x 0.94 kW/m2 x 1.3 (10 C below -40 C) = 1,222 kW, x 8,760 h x 0.1 USD
        assertEquals(1_070_472.00, c.get(CostStack.Component.DRY_ROOM), 0.005);
        assertEquals(100_000.00, c.get(CostStack.Component.MAINTENANCE), 0.005);
        assertEquals(1_000_000.00, c.get(CostStack.Component.OVERHEAD), 0.005);
        assertEquals(500_000.00, c.get(CostStack.Component.CAPITAL), 0.005);
        assertEquals(List.of(CostStack.Component.MATERIALS, CostStack.Component.LABOUR, CostStack.Component.ENERGY,
                CostStack.Component.DRY_ROOM, CostStack.Component.MAINTENANCE, CostStack.Component.OVERHEAD,
                CostStack.Component.CAPITAL), List.copyOf(c.keySet()), "other fixed costs are not given, so not costed");
        // 72,000 good cells x 0.5 kWh = 36,000 kWh: 5,594,392 USD / 36,000 kWh
        assertEquals(155.3998, year.total() / 36_000, 0.00005);
    }

    @Test
    void aSimulatedRunReportsEachComponentAndTheirSumAsTheCostPerKwh() throws Exception {
        Scenario line = ScenarioLoader.parse(LINE, "stack.yaml");
        RunSummary run = Experiment.run(ScenarioLoader.Loaded.line(line), 1, x -> { });
        double sum = 0;
        for (CostStack.Component c : CostStack.given(line, true)) {
            sum += run.line(KpiCatalogue.stackKey(c)).mean();
        }
        assertEquals(run.line("cost_per_kwh").mean(), sum, 1e-9);
        assertEquals(false, run.results().kpi(KpiCatalogue.stackKey(CostStack.Component.OTHER_FIXED)).isPresent());
    }
}
