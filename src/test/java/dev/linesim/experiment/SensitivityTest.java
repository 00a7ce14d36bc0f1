package dev.linesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.results.ResultsFiles;
import dev.linesim.results.SensitivityResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-at-a-time runs on a deterministic line whose output is known by hand: one press making a 320 Wh cell every hour,
 * 24 h a day for 330 days, 2.5344 MWh a year (GWh/yr 0.0025344).
 */
class SensitivityTest {
    @TempDir
    Path dir;

    @Test
    void theTornadoRanksParametersByTheirHandComputedSwing() throws Exception {
        Path line = dir.resolve("press.yaml");
        Files.writeString(line, """
                name: press
                product: {chemistry: LFP, capacity: 100 Ah, voltage: 3.2 V}
                run: {horizon: 12 d, warmup: 2 d, replications: 2, seed: 1}
                stations:
                  - id: press
                    process_time: 1 h
                """);
        List<Sensitivity.Range> ranges = List.of(new Sensitivity.Range("product.voltage", "3.0 V", "3.4 V"),
                new Sensitivity.Range("stations.press.machines", "1", "2"),
                new Sensitivity.Range("calendar.days_per_year", "300", "360"));
        SensitivityResults s = Sensitivity.run(Sensitivity.designs(line, List.of(), ranges, r -> r), List.of(), ranges,
                List.of("gwh_per_year"), 2, m -> { });
        assertEquals(0.0025344, s.base().kpi("gwh_per_year").orElseThrow().estimate().mean(), 1e-9);
        List<SensitivityResults.Factor> ranked = s.ranked("gwh_per_year");
        assertEquals(List.of("stations.press.machines", "calendar.days_per_year", "product.voltage"),
                ranked.stream().map(SensitivityResults.Factor::path).toList());
        // machines 1 -> 2: 1 -> 2 cells/h; days 300 -> 360: 24 h x 60 d; voltage 3.0 -> 3.4 V: 0.4 V x 100 Ah, 7,920 h
        assertEquals(0.0025344, ranked.get(0).swing("gwh_per_year"), 1e-9);
        assertEquals(1.0 * 24 * 60 * 320 / 1e9, ranked.get(1).swing("gwh_per_year"), 1e-9);
        assertEquals(1.0 * 7920 * 40 / 1e9, ranked.get(2).swing("gwh_per_year"), 1e-9);
        // the tornado names each parameter as a sweep does, and says the KPI's unit once
        String svg = new String(dev.linesim.report.chart.ChartExport.svg(
                dev.linesim.report.chart.TornadoCharts.tornado(s, "gwh_per_year").orElseThrow()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains("press machines (1 / 2)"), "row label");
        assertTrue(svg.contains("calendar days_per_year (300 / 360)"), "row label");
        assertTrue(svg.contains(">Output, GWh/yr<") && !svg.contains("GWh/yr, GWh/yr"), "axis label");
        Path json = dir.resolve("sensitivity.json");
        Files.writeString(json, ResultsFiles.json(s));
        assertEquals(s, ((ResultsFiles.SensitivityRun) ResultsFiles.read(json)).results());
    }
}
