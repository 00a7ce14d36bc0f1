package dev.linesim.line;

import java.util.Arrays;
import umontreal.ssj.probdist.BinomialDist;

/**
 * SSJ's binomial inverse {@code BinomialDist.inverseF(n, p, u)} for one (n, p), as a table: the same answer for every
 * u, bit for bit, in a few comparisons instead of a fresh sum of probabilities each time (a tenth of the cost of a job
 * on a line with per-cell scrap). For each k the table holds the smallest double u at which SSJ's inverse reaches k,
 * found by bisection over the doubles with SSJ's own function, so the two step functions agree everywhere; thresholds
 * are found when a draw first needs them, and most draws need only the first (no scrap) or two. A job size seen fewer
 * than {@link #WORTH_A_TABLE} times (a partly filled batch) is answered by SSJ directly.
 */
final class BinomialInverse {
    private final int n;
    private final double p;
    private double[] thresholds = new double[4]; // thresholds[k - 1]: the least u with inverseF(n, p, u) >= k
    private int known;
    private int uses;
    /** Draws answered by SSJ directly before the table is used. */
    static final int WORTH_A_TABLE = 256;

    BinomialInverse(int n, double p) {
        this.n = n;
        this.p = p;
    }

    /** The same as {@code BinomialDist.inverseF(n, p, u)}. */
    int inverse(double u) {
        if (uses < WORTH_A_TABLE) { // learning a step costs ~60 of SSJ's calls: only for sizes that come back
            uses++;
            return BinomialDist.inverseF(n, p, u);
        }
        int k = 0;
        while (k < n) {
            if (k == known) {
                learnNext();
            }
            if (u < thresholds[k]) {
                return k;
            }
            k++;
        }
        return n;
    }

    private void learnNext() {
        int k = known + 1;
        long lo = Double.doubleToRawLongBits(0.0);  // inverse(lo) < k, unless k is reached at 0 already
        long hi = Double.doubleToRawLongBits(1.0);  // inverse(1) = n >= k
        if (BinomialDist.inverseF(n, p, 0.0) >= k) {
            hi = lo;
        }
        while (hi - lo > 1) { // positive doubles are ordered as their bit patterns
            long mid = (lo + hi) >>> 1;
            if (BinomialDist.inverseF(n, p, Double.longBitsToDouble(mid)) >= k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        if (known == thresholds.length) {
            thresholds = Arrays.copyOf(thresholds, 2 * known);
        }
        thresholds[known++] = Double.longBitsToDouble(hi);
    }
}
