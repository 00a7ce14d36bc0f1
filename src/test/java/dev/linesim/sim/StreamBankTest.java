package dev.linesim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

class StreamBankTest {

    @Test
    void aStationDrawsTheSameNumbersWhateverElseIsInTheLine() {
        StreamBank small = new StreamBank(7, List.of("press/process"));
        StreamBank large = new StreamBank(7, List.of("aaa/process", "press/process", "zzz/scrap"));
        RandomStream a = small.forReplication(3).get("press/process");
        RandomStream b = large.forReplication(3).get("press/process");
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextDouble(), b.nextDouble());
        }
    }

    @Test
    void replicationsAndStreamsAreDistinct() {
        StreamBank bank = new StreamBank(7, List.of("a/process", "b/process"));
        Set<Double> firsts = new HashSet<>();
        for (int r = 0; r < 50; r++) {
            var streams = bank.forReplication(r);
            firsts.add(streams.get("a/process").nextDouble());
            firsts.add(streams.get("b/process").nextDouble());
        }
        assertEquals(100, firsts.size(), "no two replications or streams start alike");
        assertNotEquals(new StreamBank(8, List.of("a/process")).forReplication(0).get("a/process").nextDouble(),
                new StreamBank(7, List.of("a/process")).forReplication(0).get("a/process").nextDouble());
    }

    @Test
    void seedsAreValidForMrg32k3a() {
        for (long seed = 0; seed < 200; seed++) {
            long[] s = StreamBank.seedFor(seed, "station/purpose");
            for (int i = 0; i < 6; i++) {
                assertTrue(s[i] >= 0 && s[i] < (i < 3 ? 4294967087L : 4294944443L));
            }
        }
    }

    /**
     * The bank's streams are SSJ's 64-bit integer MRG32k3a: they must give SSJ's reference MRG32k3a numbers exactly
     * (same seed, same substream, same draws), so results stay those of the published generator.
     */
    @Test
    void streamsDrawExactlyTheNumbersOfSsjsMrg32k3a() {
        StreamBank bank = new StreamBank(20261122, List.of("coating/process", "winding/scrap"));
        for (String name : List.of("coating/process", "winding/scrap")) {
            MRG32k3a reference = new MRG32k3a();
            reference.setSeed(StreamBank.seedFor(20261122, name));
            for (int r : new int[] {0, 1, 9}) {
                reference.resetStartStream();
                for (int i = 0; i < r; i++) {
                    reference.resetNextSubstream();
                }
                RandomStream stream = bank.forReplication(r).get(name);
                for (int i = 0; i < 100_000; i++) {
                    double expected = reference.nextDouble();
                    double drawn = stream.nextDouble();
                    if (expected != drawn) {
                        assertEquals(expected, drawn, name + ", replication " + r + ", draw " + i);
                    }
                }
            }
        }
    }
}
