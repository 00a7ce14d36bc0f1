package dev.linesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestLines;
import dev.linesim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The active-share method names the station that limits output on lines whose bottleneck is known. */
class BottleneckTest {
    private static final String RUN = "{horizon: 3000 h, warmup: 300 h, replications: 4, seed: 11}";

    private static RunResults run(String stations) {
        return TestLines.run(TestLines.line(RUN, stations)).results();
    }

    @Test
    void theSlowestStationOfASerialLineWithFiniteBuffers() {
        RunResults r = run("""
                - id: a
                  process_time: {dist: exponential, mean: 6 min}
                - id: b
                  process_time: {dist: exponential, mean: 10 min}
                  buffer: 5
                - id: c
                  process_time: {dist: exponential, mean: 5 min}
                  buffer: 5
                """);
        assertEquals("b", r.bottleneck().station());
        assertTrue(r.bottleneck().activeShare() > 0.9, "the bottleneck is rarely held back");
    }

    @Test
    void blockingDoesNotHideTheBottleneck() {
        // the source is never idle: counted as occupied (busy + blocked) it looks like the constraint; it is not
        RunResults r = run("""
                - id: a
                  process_time: {dist: exponential, mean: 8.57 min}
                - id: b
                  process_time: 10 min
                  buffer: 1
                - id: c
                  process_time: 5 min
                  buffer: 1
                """);
        StationResults a = r.station("a");
        StationResults b = r.station("b");
        assertTrue(a.mean("busy") + a.mean("blocked") > b.mean("busy") + b.mean("blocked"),
                "by occupied time the source would be named");
        assertTrue(b.mean("starved") > 0.02, "the true bottleneck is sometimes starved by the variable source");
        assertEquals("b", r.bottleneck().station());
        assertEquals(6.0 * (1 - b.mean("starved")), r.required("good_cells_per_h").estimate().mean(), 0.05,
                "output is the bottleneck's rate times its working share");
    }

    @Test
    void aBreakdownProneStationIsActiveWhileDown() {
        // b is faster than a but available 60 % of the time: 6 cells/h effective against a's 7.5
        RunResults r = run("""
                - id: a
                  process_time: 8 min
                - id: b
                  process_time: 6 min
                  buffer: 20
                  failures: {mtbf: 3 h, mttr: 2 h}
                """);
        assertEquals("b", r.bottleneck().station());
        assertTrue(r.station("a").mean("busy") > r.station("b").mean("busy"), "busy share alone would name a");
    }

    @Test
    void theSlowBranchOfAnAssembly() {
        RunResults r = run("""
                - id: cathode
                  process_time: {dist: exponential, mean: 12 min}
                  from: []
                - id: anode
                  process_time: {dist: exponential, mean: 6 min}
                  from: []
                - id: assembly
                  process_time: {dist: exponential, mean: 7.5 min}
                  buffer: 4
                  from: [cathode, anode]
                """);
        assertEquals("cathode", r.bottleneck().station());
        assertEquals("assembly", r.bottleneck().runnerUp());
        assertTrue(r.station("anode").mean("blocked") >= 0.5, "the fast branch waits on a full buffer");
    }

    @Test
    void noStationWithMachineTimeNamesNone() {
        Bottleneck b = Bottleneck.of(List.of(station("aging", StationResults.UNLIMITED, Double.NaN, Double.NaN, Double.NaN)));
        assertFalse(b.named());
        assertNull(b.station());
    }

    @Test
    void whenEveryStationIsMostlyHeldBackTheMostActiveIsNamed() {
        Bottleneck b = Bottleneck.of(List.of(station("x", 1, 0.3, 0.6, 0), station("y", 1, 0.4, 0, 0.55)));
        assertEquals("y", b.station());
        assertEquals(0.4, b.activeShare(), 1e-12);
    }

    private static StationResults station(String id, int machines, double busy, double blocked, double starved) {
        List<KpiEstimate> kpis = new ArrayList<>();
        for (String[] k : new String[][] {{"busy", "" + busy}, {"blocked", "" + blocked}, {"starved", "" + starved},
                {"down", "0"}, {"idle", "0"}}) {
            double v = Double.parseDouble(k[1]);
            kpis.add(new KpiEstimate(new Kpi(k[0], k[0], "share", Scope.STATION, "", Format.PERCENT), new Estimate(v, 0, 1), List.of(v)));
        }
        return new StationResults(id, id, "process", "cell", machines, true, kpis);
    }
}
