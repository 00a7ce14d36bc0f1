package dev.linesim.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The difference of a quantity between two sets of replications, with its 95 % confidence interval: paired
 * (replication r against replication r, for runs on the same random numbers) or Welch's two-sample interval
 * (Welch 1947, "The generalization of Student's problem when several different population variances are
 * involved", Biometrika), with Welch–Satterthwaite degrees of freedom, for independent runs.
 *
 * @param estimate the difference (second minus first) with its half-width
 * @param paired   whether the interval is paired
 */
public record Difference(Estimate estimate, boolean paired) {

    /** Replication r of {@code after} against replication r of {@code before}; both must have the same count. */
    public static Difference paired(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("paired samples of " + before.length + " and " + after.length);
        }
        double[] d = new double[before.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = after[i] - before[i];
        }
        return new Difference(Estimate.of(d), true);
    }

    /** Welch's interval for the difference of the means of two independent samples. */
    public static Difference welch(double[] before, double[] after) {
        double[] a = Arrays.stream(before).filter(v -> !Double.isNaN(v)).toArray();
        double[] b = Arrays.stream(after).filter(v -> !Double.isNaN(v)).toArray();
        int n = Math.min(a.length, b.length);
        if (a.length < 2 || b.length < 2) {
            return new Difference(new Estimate(mean(b) - mean(a), Double.NaN, n), false);
        }
        double va = variance(a) / a.length;
        double vb = variance(b) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Difference(new Estimate(mean(b) - mean(a), 0, n), false);
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - Estimate.LEVEL) / 2);
        return new Difference(new Estimate(mean(b) - mean(a), t * se, n), false);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }
}
