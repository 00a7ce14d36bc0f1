package dev.linesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestResults;
import dev.linesim.results.CapexLine;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.Retrofit;
import dev.linesim.results.RunResults;
import dev.linesim.results.StationResults;
import dev.linesim.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart draws exactly the numbers of the results it comes from (checked through each chart's data table). */
class ChartDataTest {
    @TempDir
    static java.nio.file.Path dir;
    static RunResults line;
    static RunResults plan;

    @BeforeAll
    static void simulate() throws Exception {
        line = TestResults.line(dir);
        plan = TestResults.plan(dir);
    }

    private static double num(DataTable t, int row, String column) {
        return Double.parseDouble(t.cell(row, column));
    }

    @Test
    void timeSharesAreTheStationMeansAndMarkTheBottleneck() {
        DataTable t = RunCharts.timeShares(line).data();
        List<StationResults> shown = line.stations().stream().filter(StationResults::hasTimeShares).toList();
        assertEquals(shown.size() * 5, t.rows().size());
        for (int i = 0; i < t.rows().size(); i++) {
            StationResults s = line.station(t.cell(i, "station"));
            assertEquals(s.mean(t.cell(i, "state")), num(t, i, "share_of_machine_time"), 1e-9);
            assertEquals(s.id().equals(line.bottleneck().station()), Boolean.parseBoolean(t.cell(i, "bottleneck")));
        }
        assertEquals("coater", line.bottleneck().station());
    }

    @Test
    void stationOutputIsEachStationsCellsPerHourWithItsHalfWidth() {
        DataTable t = RunCharts.stationOutput(line).data();
        assertEquals(line.stations().size(), t.rows().size());
        for (int i = 0; i < t.rows().size(); i++) {
            Estimate e = line.station(t.cell(i, "station")).kpi("good_cells_per_h").orElseThrow().estimate();
            assertEquals(e.mean(), num(t, i, "cells_per_h_mean"), 1e-9);
            assertEquals(e.halfWidth(), num(t, i, "cells_per_h_half_width"), 1e-9);
        }
    }

    @Test
    void stationsSeeingASmallShareOfTheFlowAreNamedInTheCaptionNotDrawn() throws Exception {
        RunResults rich = dev.linesim.experiment.Experiment.run(dev.linesim.scenario.input.ScenarioLoader.open(
                java.nio.file.Path.of("src/test/resources/flows/rich-flow.yaml")), 2, x -> { }).results();
        double good = rich.required("good_cells_per_h").estimate().mean();
        Chart chart = RunCharts.stationOutput(rich);
        List<String> drawn = chart.data().rows().stream().map(r -> r.get(0)).toList();
        for (StationResults s : rich.stations()) {
            boolean small = s.mean("good_cells_per_h") < RunCharts.SMALL_FLOW * good;
            assertEquals(!small, drawn.contains(s.id()), s.id());
            assertEquals(small, chart.caption().contains(s.name() + " "), s.id());
        }
        assertTrue(chart.caption().contains("Not drawn, as they see a small share of the flow: rework "), chart.caption());
        assertTrue(drawn.contains("slow"), "a branch with 30 % of the flow is drawn");
    }

    @Test
    void theYieldWaterfallRunsFromCellsStartedToGoodCells() {
        List<Waterfall.Step> steps = RunCharts.yieldSteps(line);
        double good = line.required("good_cells_per_h").estimate().mean();
        double lostByYields = line.stations().stream().filter(StationResults::mainPath)
                .mapToDouble(s -> s.mean("good_cells_per_h") * (1 - s.mean("yield")) / s.mean("yield")).sum();
        assertEquals(good + lostByYields, steps.get(0).value(), 1e-9, "cells started: good cells and every loss");
        assertEquals(good, steps.get(steps.size() - 1).value(), 1e-9, "good cells");
        double lost = steps.stream().filter(s -> !s.total()).mapToDouble(Waterfall.Step::value).sum();
        assertEquals(-lostByYields, lost, 1e-9, "the losses close the gap");
        double rolled = line.stations().stream().filter(StationResults::mainPath).mapToDouble(s -> s.mean("yield"))
                .reduce(1, (a, b) -> a * b);
        assertEquals(good / rolled, steps.get(0).value(), 0.01 * good / rolled, "on a serial line, as the rolled yield says");
        assertEquals(3, steps.size() - 2, "coater, winder and tester scrap; the delay stage does not");
        DataTable t = RunCharts.yieldWaterfall(line).data();
        assertEquals(good, num(t, t.rows().size() - 1, "running_total_cells_per_h"), 1e-9);
    }

    @Test
    void dailyOutputAndWipAreTheSeriesOverTheWholeHorizon() {
        DataTable out = RunCharts.dailyOutput(line).data();
        assertEquals(20, out.rows().size(), "every day of the 20-day horizon, warm-up included");
        for (int d = 0; d < 20; d++) {
            assertEquals(line.dailyOutput().values().get(d).mean(), num(out, d, "good_cells_per_day_mean"), 1e-9);
            assertEquals(d < 5, Boolean.parseBoolean(out.cell(d, "warm_up")), "day " + (d + 1));
        }
        assertEquals(0.0, num(out, 0, "good_cells_per_day_mean"), "the line starts empty");
        DataTable wip = RunCharts.dailyWip(line).data();
        assertEquals(line.dailyWip().values().get(10).mean(), num(wip, 10, "wip_cells_mean"), 1e-9);
    }

    @Test
    void capexByStationIsEachItemsInstalledValue() {
        DataTable t = CapexCharts.byStation(line).data();
        List<CapexLine> items = line.capital().items();
        assertEquals(items.size(), t.rows().size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(items.get(i).installedValue().movePointLeft(6).doubleValue(), num(t, i, "installed_value_musd"), 1e-9);
            assertEquals("installed", t.cell(i, "fate"));
        }
        DataTable p = CapexCharts.byStation(plan).data();
        assertTrue(p.rows().stream().anyMatch(r -> r.get(0).equals("tester") && r.get(1).equals("retired")));
        assertTrue(p.rows().stream().anyMatch(r -> r.get(0).equals("se_coater") && r.get(1).equals("new")));
    }

    @Test
    void theCapexWaterfallGoesFromGreenfieldToTheRetrofit() {
        Retrofit r = plan.capital().retrofit();
        DataTable t = CapexCharts.waterfall(plan, "capex-waterfall").data();
        assertEquals(r.greenfield().movePointLeft(6).doubleValue(), num(t, 0, "value_musd"), 1e-9);
        int gross = t.rows().indexOf(t.rows().stream().filter(row -> row.get(0).equals("Retrofit capex (gross)")).findFirst().orElseThrow());
        assertEquals(r.gross().movePointLeft(6).doubleValue(), num(t, gross, "value_musd"), 1e-9);
        assertEquals(r.gross().movePointLeft(6).doubleValue(), num(t, gross - 1, "running_total_musd"), 1e-9,
                "the steps before it add up to it");
        assertEquals(r.net().movePointLeft(6).doubleValue(), num(t, t.rows().size() - 1, "value_musd"), 1e-9);
    }

    @Test
    void comparisonChartsDrawTheComparedValuesAndPairedDifferences() throws Exception {
        ComparisonResults c = TestResults.comparison(dir);
        DataTable k = ComparisonCharts.kpis(c).data();
        assertEquals(c.kpis().size() * 2, k.rows().size());
        for (int i = 0; i < k.rows().size(); i++) {
            ComparisonResults.ComparedKpi kpi = c.kpis().get(i / 2);
            assertEquals(kpi.values().get(i % 2).mean(), num(k, i, "mean"), 1e-9);
        }
        DataTable d = ComparisonCharts.differences(c).data();
        for (int i = 0; i < d.rows().size(); i++) {
            ComparisonResults.ComparedKpi kpi = c.kpis().get(i);
            assertEquals(kpi.differences().get(1).mean(), num(d, i, "difference"), 1e-9);
            double ref = kpi.values().get(0).mean();
            if (ref == 0) {
                assertEquals("", d.cell(i, "difference_pct_of_reference"), "no percentage of a zero reference");
            } else {
                assertEquals(100 * kpi.differences().get(1).mean() / Math.abs(ref), num(d, i, "difference_pct_of_reference"), 1e-6);
            }
        }
        DataTable s = ComparisonCharts.timeShares(c).data();
        assertTrue(s.rows().stream().anyMatch(r -> r.get(0).equals("small-semisolid") && r.get(1).equals("se_coater")));
    }

    @Test
    void theConversionChartDrawsTheWeeklySeries() throws Exception {
        ConversionResults c = TestResults.conversion(dir);
        DataTable t = ConversionCharts.weeklyOutput(c).data();
        assertEquals(4 * c.weeks(), t.rows().size(), "three lines and the plant's total, every week");
        for (int w = 0; w < c.weeks(); w++) {
            assertEquals(c.stayingLiquid().get(w).mean(), num(t, w, "mwh_mean"), 1e-9);
            assertEquals(c.draining().get(w).mean(), num(t, c.weeks() + w, "mwh_mean"), 1e-9);
            assertEquals(c.convertedLine().get(w).mean(), num(t, 2 * c.weeks() + w, "mwh_mean"), 1e-9);
        }
        double shaded = 0;
        for (int w = 0; w < c.weeks(); w++) {
            shaded += num(t, 3 * c.weeks() + w, "output_lost");
        }
        assertTrue(shaded > 0, "the conversion loses output");
    }
}
