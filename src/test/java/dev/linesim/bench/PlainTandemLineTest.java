package dev.linesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: linesim and the plain SSJ model of the same line, on the same streams,
 * count the same good parts in every replication (same trajectory), and linesim runs at most a few more events.
 */
class PlainTandemLineTest {
    @Test
    void linesimAndThePlainModelFollowTheSameTrajectory() {
        Scenario line = TandemLine.scenario(2000, 100);
        for (int r = 0; r < 3; r++) {
            ReplicationResult ours = TandemLine.linesim(line, r);
            PlainTandemLine.Outcome plain = TandemLine.plain(line, r);
            assertEquals(plain.good(), (long) ours.goodCells(), "good parts of replication " + r);
            assertTrue(plain.good() > 80_000, "over 85 % of the bottleneck rate (95,000), less blocking: " + plain.good());
            assertTrue(ours.events() >= plain.events() && ours.events() < plain.events() * 1.01,
                    "events: linesim " + ours.events() + ", plain " + plain.events());
        }
    }
}
