package dev.linesim;

import dev.linesim.experiment.Comparison;
import dev.linesim.experiment.ConversionStudy;
import dev.linesim.experiment.Experiment;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.RunResults;
import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small priced lines and a retrofit plan with a conversion, simulated in about a second, for tests of result
 * files, charts and reports. The files are written to a folder the caller owns.
 */
public final class TestResults {
    /** A three-station line with failures, scrap, a finite buffer, a delay stage, capex and economics. */
    public static final String LINE = """
            name: small-liquid
            description: A small priced line for tests, with a very long display name on one station.
            product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
            economics: {currency: USD, discount_rate: 0.08, equipment_life: 10, building_life: 20,
                        fixed_opex_per_year: 1 MUSD, material_cost_per_cell: 20 USD, price_per_kwh: 80 USD}
            facility:
              building: 20 MUSD
              dry_room: {area: 500 m2, dew_point: -40 C, cost_per_m2: 1.5 kUSD}
            run: {horizon: 20 d, warmup: 5 d, replications: 4, seed: 7}
            stations:
              - id: coater
                name: Electrode coating, drying and calendering with a deliberately long display name
                unit: roll
                cells_per_unit: 50
                process_time: {dist: lognormal, mean: 50 min, cv: 0.1}
                failures: {mtbf: 40 h, mttr: 2 h}
                scrap: 0.01
                capex: {machine_price: 2 MUSD, installation: 0.25}
              - id: winder
                machines: 2
                buffer: 200
                process_time: {dist: exponential, mean: 1.9 min}
                failures: {mtbf: 30 h, mttr: 1 h}
                scrap: 0.02
                capex: {machine_price: 1 MUSD}
              - id: aging
                type: delay
                duration: 2 d
                capex: {cost: 0.5 MUSD}
              - id: tester
                process_time: 40 s
                scrap: 0.03
                capex: {cost: 1 MUSD}
            """;

    /** A retrofit of {@link #LINE}: a new coating step, a replaced tester, a modified dry room, and a conversion. */
    public static final String PLAN = """
            name: small-semisolid
            base: small-liquid.yaml
            product: {chemistry: LFP semi-solid, capacity: 110 Ah, voltage: 3.2 V}
            changes:
              - add: {id: se_coater, process_time: 30 s, scrap: 0.01, capex: {machine_price: 1.5 MUSD, installation: 0.3}}
                after: winder
              - replace: tester
                with: {id: new_tester, process_time: 35 s, scrap: 0.03, capex: {cost: 1.2 MUSD}}
            equipment:
              tester: {fate: retired, salvage: 0.1 MUSD}
              dry_room: {fate: modified, cost: 0.3 MUSD}
            conversion:
              horizon: 8 wk
              warmup: 5 d
              replications: 3
              cutover: {start: 2 wk, duration: 2 wk}
              ramp_up:
                scrap: {start: 0.1, tau: 2 wk}
            """;

    private TestResults() {
    }

    /** Writes the line and the plan into {@code dir}; returns the line's file. */
    public static Path write(Path dir) {
        try {
            Files.writeString(dir.resolve("small-liquid.yaml"), LINE);
            Files.writeString(dir.resolve("small-semisolid.yaml"), PLAN);
            return dir.resolve("small-liquid.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the line and the plan into {@code dir}, the plan with an uncertain ramp-up (2 draws of 2 replications)
     * for a Monte Carlo of its conversion; returns the plan's file.
     */
    public static Path writeWithUncertainRamp(Path dir) {
        write(dir);
        Path plan = dir.resolve("small-semisolid.yaml");
        try {
            Files.writeString(plan, PLAN + """
                    uncertain:
                      draws: 2
                      replications: 2
                      inputs:
                        conversion.ramp_up.scrap.tau: {dist: uniform, min: 1, max: 6, unit: wk}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan;
    }

    public static RunResults line(Path dir) throws ScenarioException {
        return Experiment.run(ScenarioLoader.open(write(dir)), 2, r -> { }).results();
    }

    /** The plan's run, with its steady-state cash flows against the base line (simulated for them). */
    public static RunResults plan(Path dir) throws ScenarioException {
        write(dir);
        ScenarioLoader.Loaded plan = ScenarioLoader.open(dir.resolve("small-semisolid.yaml"));
        return Experiment.results(plan, Experiment.run(plan, 2, r -> { }), 2, java.util.Optional.empty());
    }

    public static ComparisonResults comparison(Path dir) throws ScenarioException {
        write(dir);
        ScenarioLoader.Loaded a = ScenarioLoader.open(dir.resolve("small-liquid.yaml"));
        ScenarioLoader.Loaded b = ScenarioLoader.open(dir.resolve("small-semisolid.yaml"));
        return Comparison.run(List.of(a, b), a.scenario().run(), 2, m -> { });
    }

    public static ConversionResults conversion(Path dir) throws ScenarioException {
        write(dir);
        var plan = ScenarioLoader.open(dir.resolve("small-semisolid.yaml")).plan().orElseThrow();
        return ConversionStudy.run(plan, 2).results();
    }
}
