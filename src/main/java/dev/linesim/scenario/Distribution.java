package dev.linesim.scenario;

import java.util.Arrays;
import java.util.Locale;
import umontreal.ssj.probdist.EmpiricalDist;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.LognormalGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.randvar.TriangularGen;
import umontreal.ssj.randvar.UniformGen;
import umontreal.ssj.randvar.WeibullGen;
import umontreal.ssj.rng.RandomStream;

/**
 * A distribution of a duration, in hours. Each variant knows its mean and builds its SSJ generator,
 * so adding a distribution means adding one record here and one branch in the binder.
 */
public sealed interface Distribution {

    /** Mean in hours. */
    double mean();

    /** Draws from {@code stream}; a constant draws nothing, which keeps other streams in step. */
    Sampler sampler(RandomStream stream);

    /** A compact description for resolved scenarios and messages. */
    String describe();

    /** Draws durations in hours. */
    @FunctionalInterface
    interface Sampler {
        double next();
    }

    /** Wraps an SSJ generator as a sampler. */
    static Sampler of(RandomVariateGen gen) {
        return gen::nextDouble;
    }

    /** Always the same value. */
    record Constant(double value) implements Distribution {
        public double mean() { return value; }
        public Sampler sampler(RandomStream stream) { return () -> value; }
        public String describe() { return Quantities.formatHours(value); }
    }

    /** Exponential with the given mean (memoryless; the usual model of time between failures). */
    record Exponential(double mean) implements Distribution {
        public Sampler sampler(RandomStream stream) { return of(new ExponentialGen(stream, 1.0 / mean)); }
        public String describe() { return "exponential(mean " + Quantities.formatHours(mean) + ")"; }
    }

    /** Lognormal given by its mean and coefficient of variation (standard deviation / mean). */
    record Lognormal(double mean, double cv) implements Distribution {
        public Sampler sampler(RandomStream stream) {
            double sigma2 = Math.log1p(cv * cv);
            return of(new LognormalGen(stream, Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2)));
        }
        public String describe() {
            return String.format(Locale.ROOT, "lognormal(mean %s, cv %s)", Quantities.formatHours(mean), cv);
        }
    }

    /** Triangular on [min, max] with the given mode. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public double mean() { return (min + mode + max) / 3.0; }
        public Sampler sampler(RandomStream stream) { return of(new TriangularGen(stream, min, max, mode)); }
        public String describe() {
            return "triangular(" + Quantities.formatHours(min) + ", " + Quantities.formatHours(mode) + ", "
                    + Quantities.formatHours(max) + ")";
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public double mean() { return (min + max) / 2.0; }
        public Sampler sampler(RandomStream stream) { return of(new UniformGen(stream, min, max)); }
        public String describe() {
            return "uniform(" + Quantities.formatHours(min) + ", " + Quantities.formatHours(max) + ")";
        }
    }

    /** Weibull with shape k and scale in hours (SSJ takes the rate 1/scale). */
    record Weibull(double shape, double scale) implements Distribution {
        public double mean() { return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape)); }
        public Sampler sampler(RandomStream stream) { return of(new WeibullGen(stream, shape, 1.0 / scale, 0.0)); }
        public String describe() {
            return String.format(Locale.ROOT, "weibull(shape %s, scale %s)", shape, Quantities.formatHours(scale));
        }
    }

    /** Resamples observed durations, each equally likely. */
    record Empirical(double[] values) implements Distribution {
        public Empirical {
            values = values.clone();
            Arrays.sort(values); // SSJ's EmpiricalDist silently needs sorted observations
        }
        public double mean() { return Arrays.stream(values).average().orElse(0); }
        public Sampler sampler(RandomStream stream) {
            if (values.length == 1) {
                double only = values[0];
                return () -> only; // one observation (SSJ's EmpiricalDist needs two): always it, drawing nothing
            }
            return of(new RandomVariateGen(stream, new EmpiricalDist(values)));
        }
        public String describe() { return "empirical(" + values.length + " values, mean " + Quantities.formatHours(mean()) + ")"; }
        @Override public boolean equals(Object o) { return o instanceof Empirical e && Arrays.equals(values, e.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return describe(); }
    }
}
