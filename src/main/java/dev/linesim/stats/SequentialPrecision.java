package dev.linesim.stats;

import java.util.Arrays;

/**
 * The sequential procedure for a relative precision of Law and Kelton (Law, "Simulation Modeling and Analysis",
 * 5th ed., 2015, section 9.4.1): after each replication from the n0-th on, stop as soon as the 95 % CI half-width
 * divided by |mean| is at most gamma' = gamma / (1 + gamma), which gives an actual relative error of at most gamma
 * with about 95 % confidence. Replications are judged in order, one at a time, so the count where it stops depends
 * only on the values, never on how many ran in parallel.
 */
public final class SequentialPrecision {
    private SequentialPrecision() {
    }

    /** The adjusted target gamma / (1 + gamma) that the half-width ratio is held to. */
    public static double adjusted(double gamma) {
        return gamma / (1 + gamma);
    }

    /** Relative half-width of the first {@code n} values: half-width / |mean| (infinite for a zero mean). */
    public static double relativeHalfWidth(double[] values, int n) {
        Estimate e = Estimate.of(Arrays.copyOf(values, n));
        if (e.n() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        if (e.halfWidth() == 0) {
            return 0;
        }
        return e.mean() == 0 ? Double.POSITIVE_INFINITY : e.halfWidth() / Math.abs(e.mean());
    }

    /**
     * The number of replications at which the procedure stops among the first {@code available} values, or -1
     * when none of them meets the target yet.
     */
    public static int stop(double[] values, int available, int first, double gamma) {
        for (int n = Math.max(first, 2); n <= available; n++) {
            if (relativeHalfWidth(values, n) <= adjusted(gamma)) {
                return n;
            }
        }
        return -1;
    }
}
