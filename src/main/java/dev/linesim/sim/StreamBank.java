package dev.linesim.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umontreal.ssj.rng.MRG32k3aL;
import umontreal.ssj.rng.RandomStream;

/**
 * The random streams of one scenario, one per (station, purpose), e.g. {@code coating/process}.
 *
 * <p>Each stream's starting seed is derived from the run seed and the stream's name alone, so a station
 * draws the same numbers in every scenario that contains it: comparing two lines then uses common
 * random numbers. Replication {@code r} uses substream {@code r} of every stream (L'Ecuyer's MRG32k3a
 * substreams are 2^76 draws apart), so replications are independent and each can run on any thread.
 *
 * <p>The generator is MRG32k3a in SSJ's 64-bit integer implementation ({@code MRG32k3aL}): the same numbers as
 * SSJ's {@code MRG32k3a}, bit for bit (a test draws both side by side), in about half the time per number.
 *
 * <p>Base streams are created here, on one thread, in sorted name order; SSJ's stream constructors are not
 * thread-safe. Replications only clone them.
 */
public final class StreamBank {
    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private final Map<String, MRG32k3aL> bases = new TreeMap<>();

    /** Creates the base streams for the given names; call on one thread. */
    public StreamBank(long seed, List<String> names) {
        for (String name : new java.util.TreeSet<>(names)) {
            MRG32k3aL stream = new MRG32k3aL(name);
            stream.setSeed(seedFor(seed, name));
            bases.put(name, stream);
        }
    }

    /** The streams for replication {@code r} (0-based): fresh clones positioned at substream r. */
    public Map<String, RandomStream> forReplication(int r) {
        Map<String, RandomStream> streams = new TreeMap<>();
        synchronized (bases) {
            for (Map.Entry<String, MRG32k3aL> e : bases.entrySet()) {
                MRG32k3aL s = e.getValue().clone();
                s.resetStartStream();
                for (int i = 0; i < r; i++) {
                    s.resetNextSubstream();
                }
                streams.put(e.getKey(), s);
            }
        }
        return streams;
    }

    /** A valid MRG32k3a seed (six components below the moduli, neither triple all zero) from seed and name. */
    static long[] seedFor(long seed, String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            ByteBuffer digest = ByteBuffer.wrap(sha.digest());
            long[] s = new long[6];
            for (int i = 0; i < 6; i++) {
                long v = Integer.toUnsignedLong(digest.getInt());
                s[i] = v % (i < 3 ? M1 : M2);
            }
            if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
                s[0] = 12345;
            }
            if (s[3] == 0 && s[4] == 0 && s[5] == 0) {
                s[3] = 12345;
            }
            return s;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
