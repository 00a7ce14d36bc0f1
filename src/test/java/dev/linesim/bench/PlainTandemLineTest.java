package dev.linesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.line.ReplicationResult;
import dev.linesim.line.StationResult;
import dev.linesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: linesim and the plain SSJ model of the same line, on the same streams,
 * count the same good parts in every replication (same trajectory), and linesim runs at most a few more events. The
 * measured plain model, which keeps its records by hand, reports what linesim reports for the line: each machine's
 * shares of time busy, blocked and starved, the parts each station holds, the parts in the line and their lead time.
 */
class PlainTandemLineTest {
    /** Both sum the same time-weighted records in a different order: they agree to rounding. */
    private static final double CLOSE = 1e-9;

    @Test
    void linesimAndThePlainModelFollowTheSameTrajectory() {
        Scenario line = TandemLine.scenario(2000, 100);
        for (int r = 0; r < 3; r++) {
            ReplicationResult ours = TandemLine.linesim(line, r);
            PlainTandemLine.Outcome plain = TandemLine.plain(line, r, false);
            assertEquals(plain.good(), (long) ours.goodCells(), "good parts of replication " + r);
            assertNull(plain.measured(), "the bare model keeps no records");
            assertTrue(plain.good() > 80_000, "over 85 % of the bottleneck rate (95,000), less blocking: " + plain.good());
            assertTrue(ours.events() >= plain.events() && ours.events() < plain.events() * 1.01,
                    "events: linesim " + ours.events() + ", plain " + plain.events());
        }
    }

    @Test
    void theMeasuredPlainModelReportsWhatLinesimReports() {
        Scenario line = TandemLine.scenario(2000, 100);
        for (int r = 0; r < 2; r++) {
            ReplicationResult ours = TandemLine.linesim(line, r);
            PlainTandemLine.Outcome plain = TandemLine.plain(line, r, true);
            PlainTandemLine.Measured m = plain.measured();
            assertEquals(plain.good(), (long) ours.goodCells(), "good parts of replication " + r);
            for (int i = 0; i < TandemLine.IDS.size(); i++) {
                StationResult s = ours.stations().get(i);
                String at = s.id() + ", replication " + r;
                assertEquals(m.busy()[i], s.busy(), CLOSE, "busy share of " + at);
                assertEquals(m.blocked()[i], s.blocked(), CLOSE, "blocked share of " + at);
                assertEquals(m.starved()[i], s.starved(), CLOSE, "starved share of " + at);
                assertEquals(1, s.busy() + s.blocked() + s.starved(), CLOSE, "shares of " + at + " add up");
                assertEquals(m.held()[i], s.wipCells(), CLOSE * 10, "parts held by " + at);
            }
            assertTrue(m.blocked()[2] > 0.01, "the line blocks (buffers of 5 before a slower machine): " + m.blocked()[2]);
            assertEquals(m.wip(), ours.wipCells(), CLOSE * 10, "parts in the line, replication " + r);
            assertEquals(m.leadTime(), ours.leadTimeHours(), CLOSE, "lead time, replication " + r);
        }
    }
}
