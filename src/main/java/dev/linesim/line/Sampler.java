package dev.linesim.line;

import dev.linesim.scenario.Distribution;
import umontreal.ssj.probdist.EmpiricalDist;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.LognormalGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.randvar.TriangularGen;
import umontreal.ssj.randvar.UniformGen;
import umontreal.ssj.randvar.WeibullGen;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws durations, in hours, from a scenario's {@link Distribution} with SSJ's generators: the one place where a
 * distribution, which is plain data, meets the random streams. Adding a distribution means adding its record in
 * {@code Distribution}, its parameters in {@code DistributionKind}, and its generator here.
 */
@FunctionalInterface
interface Sampler {
    /** The next duration, hours. */
    double next();

    /** A sampler of {@code d} drawing from {@code stream}; a constant draws nothing, which keeps other streams in step. */
    static Sampler of(Distribution d, RandomStream stream) {
        if (d instanceof Distribution.Constant c) {
            double value = c.value();
            return () -> value;
        }
        if (d instanceof Distribution.Exponential e) {
            return of(new ExponentialGen(stream, 1.0 / e.mean()));
        }
        if (d instanceof Distribution.Lognormal l) {
            double sigma2 = Math.log1p(l.cv() * l.cv()); // of the underlying normal, from mean and cv
            return of(new LognormalGen(stream, Math.log(l.mean()) - sigma2 / 2, Math.sqrt(sigma2)));
        }
        if (d instanceof Distribution.Triangular t) {
            return of(new TriangularGen(stream, t.min(), t.max(), t.mode()));
        }
        if (d instanceof Distribution.Uniform u) {
            return of(new UniformGen(stream, u.min(), u.max()));
        }
        if (d instanceof Distribution.Weibull w) {
            return of(new WeibullGen(stream, w.shape(), 1.0 / w.scale(), 0.0)); // SSJ takes the rate 1/scale
        }
        if (d instanceof Distribution.Empirical e) {
            double[] values = e.values(); // sorted, as SSJ's EmpiricalDist silently needs
            if (values.length == 1) {
                double only = values[0];
                return () -> only; // one observation (SSJ's EmpiricalDist needs two): always it, drawing nothing
            }
            return of(new RandomVariateGen(stream, new EmpiricalDist(values)));
        }
        throw new IllegalArgumentException("no sampler for " + d);
    }

    private static Sampler of(RandomVariateGen gen) {
        return gen::nextDouble;
    }
}
