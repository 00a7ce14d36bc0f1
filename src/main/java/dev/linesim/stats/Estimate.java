package dev.linesim.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean over independent replications with the half-width of its confidence interval.
 *
 * @param mean      sample mean
 * @param halfWidth half-width of the two-sided interval at {@link #LEVEL}; NaN with fewer than 2 observations
 * @param n         observations used (replications where the quantity was defined)
 */
public record Estimate(double mean, double halfWidth, int n) {
    /** Confidence level of every interval linesim reports. */
    public static final double LEVEL = 0.95;

    /** Student-t interval from the defined (non-NaN) observations. */
    public static Estimate of(double[] observations) {
        double[] x = Arrays.stream(observations).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, 0);
        }
        double mean = Arrays.stream(x).sum() / n;
        if (n == 1) {
            return new Estimate(mean, Double.NaN, 1);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        return new Estimate(mean, t * sd / Math.sqrt(n), n);
    }

    /** The sample variance of the observations, recovered from the interval: (half-width / t)^2 x n; NaN below 2. */
    public double sampleVariance() {
        if (n < 2 || Double.isNaN(halfWidth)) {
            return Double.NaN;
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        return Math.pow(halfWidth / t, 2) * n;
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** Whether {@code value} lies in the interval. */
    public boolean covers(double value) {
        return value >= lower() && value <= upper();
    }

    /** Whether the interval is defined and leaves out {@code value} (a difference from zero: is it significant). */
    public boolean excludes(double value) {
        return n > 1 && !Double.isNaN(halfWidth) && (lower() > value || upper() < value);
    }

    /** The estimate scaled by a constant (a change of unit). */
    public Estimate times(double factor) {
        return new Estimate(mean * factor, halfWidth * Math.abs(factor), n);
    }
}
