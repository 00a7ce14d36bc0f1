package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.results.MonteCarloResults;
import dev.linesim.results.ResultsFiles;
import dev.linesim.scenario.input.ScenarioLoader;
import dev.linesim.scenario.input.UncertainInputs;
import dev.linesim.scenario.input.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Monte Carlo on a deterministic line whose cost per kWh is linear in the wage: one press, one operator, a 320 Wh
 * cell an hour, so labour is wage x 24 h x 330 d and output 2,534.4 kWh a year: cost = wage x 7,920 / 2,534.4 = 3.125 x
 * wage. With the wage uniform on 30-50 USD, the cost's P10, P50 and P90 are 3.125 x 32, 40 and 48.
 */
class MonteCarloTest {
    @TempDir
    Path dir;

    private static final String LINE = """
            name: press
            product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
            economics: {currency: USD, wage_per_hour: 40 USD}
            run: {horizon: 5 d, warmup: 1 d, replications: 2, seed: 1}
            stations:
              - id: press
                process_time: 1 h
                operators: 1
            uncertain:
              draws: 200
              replications: 2
              inputs:
                economics.wage_per_hour: {dist: uniform, min: 30, max: 50, unit: USD}
            """;

    private MonteCarloResults run(int threads) throws Exception {
        Path file = dir.resolve("press.yaml");
        Files.writeString(file, LINE);
        UncertainInputs u = UncertainInputs.read(YamlReader.read(file, "press.yaml"), 1);
        return MonteCarlo.run(file, List.of(), u, r -> r, List.of("cost_per_kwh"), 5, threads, m -> { });
    }

    @Test
    void percentilesOfAKnownDistributionComeOutWithinSamplingError() throws Exception {
        MonteCarloResults m = run(2);
        MonteCarloResults.Summary s = m.summary("cost_per_kwh").orElseThrow();
        assertEquals(200, m.draws().size());
        // the sample P10 of 200 uniform draws has a standard error of about 0.42 USD/h of wage, 1.3 USD/kWh of cost
        assertEquals(3.125 * 32, s.p10(), 4.5);
        assertEquals(3.125 * 40, s.p50(), 4.5);
        assertEquals(3.125 * 48, s.p90(), 4.5);
        assertEquals(3.125 * 40, s.mean(), 3.0);
        assertEquals(1.0, s.inputShare(), 1e-9, "a deterministic line: all the spread comes from the input");
        assertEquals(ResultsFiles.digest(m), ResultsFiles.digest(run(1)), "the same seed gives the same study on 1 and 2 threads");
    }

    @Test
    void theSamplerInvertsEachDistributionExactly() {
        InputSampler s = new InputSampler(1);
        UncertainInputs.Input tri = new UncertainInputs.Input("x", UncertainInputs.Kind.TRIANGULAR, 0, 10, 5, "", List.of(), List.of());
        assertEquals(5.0, s.inverse(tri, 0.5), 1e-9);
        assertEquals(Math.sqrt(0.1 * 50), s.inverse(tri, 0.1), 1e-9); // F(x) = x^2 / 50 below the mode
        UncertainInputs.Input pert = new UncertainInputs.Input("x", UncertainInputs.Kind.PERT, 0, 6, 3, "", List.of(), List.of());
        assertEquals(3.0, s.inverse(pert, 0.5), 1e-9, "a symmetric PERT has its median at the mode");
        UncertainInputs.Input logn = new UncertainInputs.Input("x", UncertainInputs.Kind.LOGNORMAL, 10, 0.5, 0, "", List.of(), List.of());
        double sigma2 = Math.log(1.25);
        assertEquals(10 / Math.sqrt(1.25), s.inverse(logn, 0.5), 1e-9, "median exp(mu) = mean / sqrt(1 + cv^2), sigma^2 " + sigma2);
        UncertainInputs.Input cases = new UncertainInputs.Input("x", UncertainInputs.Kind.CASES, 0, 0, 0, "",
                List.of("21", "25"), List.of(1.0, 3.0));
        assertEquals("21", cases.valueAt(0.24, s));
        assertEquals("25", cases.valueAt(0.26, s));
        UncertainInputs.Input money = new UncertainInputs.Input("x", UncertainInputs.Kind.UNIFORM, 1e6, 3e6, 0, "USD", List.of(), List.of());
        assertEquals("2000000 USD", money.valueAt(0.5, s), "plain digits, as an override reads them");
    }

    @Test
    void aBadDistributionIsReportedWhereItIsWritten() throws Exception {
        Path file = dir.resolve("press.yaml");
        Files.writeString(file, LINE.replace("{dist: uniform, min: 30, max: 50, unit: USD}", "{dist: uniform, min: 50, max: 30}"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.linesim.scenario.input.ScenarioException.class,
                () -> UncertainInputs.read(YamlReader.read(file, "press.yaml"), 1));
        assertTrue(e.problems().get(0).format().startsWith("press.yaml:13:30: error: "), e.problems().get(0).format());
        assertTrue(e.problems().get(0).format().endsWith("uncertain.inputs.economics.wage_per_hour: expected min < max"),
                e.problems().get(0).format());
        ScenarioLoader.open(file); // the scenario itself stays valid
    }

    @Test
    void withTheTimelineEachDrawSimulatesItsConversionSoRampInputsCount() throws Exception {
        Path plan = dev.linesim.TestResults.writeWithUncertainRamp(dir);
        UncertainInputs u = UncertainInputs.read(YamlReader.read(plan, "small-semisolid.yaml"), 1);
        MonteCarloResults m = MonteCarlo.run(plan, List.of(), u, r -> r, List.of("npv_millions"), 5, true, 2, x -> { });
        assertEquals(2, m.draws().size());
        var npv = m.draws().stream().map(d -> d.kpi("npv_millions").orElseThrow().kpi().definition()).toList();
        assertTrue(npv.get(0).contains("simulated conversion timeline"), npv.get(0));
        assertTrue(m.draws().get(0).values().get(0).endsWith(" wk"), m.draws().get(0).values().toString());
        assertEquals(2, m.draws().get(0).kpi("npv_millions").orElseThrow().estimate().n(), "the inner replications");
    }
}
