package dev.linesim.stats;

/**
 * The MSER-5 truncation rule for the initial transient (White 1997; White, Cobb and Spratt 2000, "A comparison of
 * five steady-state truncation heuristics for simulation", Proceedings of the Winter Simulation Conference): group
 * the output series into batches of 5 observations, and truncate the d batches that minimise the marginal standard
 * error of the rest, MSER(d) = sum over the kept batch means of (y - mean)^2 / (n - d)^2, with d at most half the
 * batches. A truncation at that limit means the series has not settled within the horizon.
 */
public final class Mser {
    /** Observations per batch. */
    public static final int BATCH = 5;

    private Mser() {
    }

    /**
     * The truncation point of a series.
     *
     * @param observations how many leading observations to discard
     * @param settled      false when the minimum is at the limit of half the series (or the series is too short
     *                     to judge: fewer than 4 batches), so the transient may last longer than the series shows
     */
    public record Truncation(int observations, boolean settled) {
    }

    /** MSER-5 on a series (NaN observations are not allowed). */
    public static Truncation truncation(double[] series) {
        int n = series.length / BATCH;
        if (n < 4) {
            return new Truncation(0, false);
        }
        double[] means = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < BATCH; k++) {
                sum += series[i * BATCH + k];
            }
            means[i] = sum / BATCH;
        }
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= n / 2; d++) {
            double mean = 0;
            for (int i = d; i < n; i++) {
                mean += means[i];
            }
            mean /= n - d;
            double ss = 0;
            for (int i = d; i < n; i++) {
                ss += (means[i] - mean) * (means[i] - mean);
            }
            double value = ss / ((double) (n - d) * (n - d));
            if (d == 0 || value < bestValue * (1 - 1e-12)) { // ties go to the shorter truncation
                bestValue = value;
                best = d;
            }
        }
        return new Truncation(best * BATCH, best < n / 2);
    }
}
