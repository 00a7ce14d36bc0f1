package dev.linesim.scenario;

import java.util.Arrays;
import java.util.Locale;

/**
 * A distribution of a duration, in hours: plain data, with its mean and a description. The line model draws from it
 * with SSJ's generators ({@code line/Sampler}); its parameters are listed in {@link DistributionKind}.
 */
public sealed interface Distribution {

    /** Mean in hours. */
    double mean();

    /** A compact description for resolved scenarios and messages. */
    String describe();

    /** Always the same value. */
    record Constant(double value) implements Distribution {
        public double mean() { return value; }
        public String describe() { return Quantities.formatHours(value); }
    }

    /** Exponential with the given mean (memoryless; the usual model of time between failures). */
    record Exponential(double mean) implements Distribution {
        public String describe() { return "exponential(mean " + Quantities.formatHours(mean) + ")"; }
    }

    /** Lognormal given by its mean and coefficient of variation (standard deviation / mean). */
    record Lognormal(double mean, double cv) implements Distribution {
        public String describe() {
            return String.format(Locale.ROOT, "lognormal(mean %s, cv %s)", Quantities.formatHours(mean), cv);
        }
    }

    /** Triangular on [min, max] with the given mode. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public double mean() { return (min + mode + max) / 3.0; }
        public String describe() {
            return "triangular(" + Quantities.formatHours(min) + ", " + Quantities.formatHours(mode) + ", "
                    + Quantities.formatHours(max) + ")";
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public double mean() { return (min + max) / 2.0; }
        public String describe() {
            return "uniform(" + Quantities.formatHours(min) + ", " + Quantities.formatHours(max) + ")";
        }
    }

    /** Weibull with shape k and scale in hours. */
    record Weibull(double shape, double scale) implements Distribution {
        public double mean() { return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape)); }
        public String describe() {
            return String.format(Locale.ROOT, "weibull(shape %s, scale %s)", shape, Quantities.formatHours(scale));
        }
    }

    /** Resamples observed durations, each equally likely. */
    record Empirical(double[] values) implements Distribution {
        public Empirical {
            values = values.clone();
            Arrays.sort(values); // in order, as resampling by inversion needs
        }
        public double mean() { return Arrays.stream(values).average().orElse(0); }
        public String describe() { return "empirical(" + values.length + " values, mean " + Quantities.formatHours(mean()) + ")"; }
        @Override public boolean equals(Object o) { return o instanceof Empirical e && Arrays.equals(values, e.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return describe(); }
    }
}
