package dev.linesim.scenario;

import java.util.Optional;

/**
 * How long and how often to simulate.
 *
 * @param horizon      simulated hours per replication, warm-up included
 * @param warmup       hours at the start whose statistics are discarded (with {@code autoWarmup}: found by the run)
 * @param replications independent replications (each on its own random substreams); with a precision target, the
 *                     fewest to run
 * @param seed         base seed: the same seed gives the same results
 * @param autoWarmup   whether the warm-up is detected from a pilot run ({@code warmup: auto})
 * @param precision    a precision to reach by adding replications ({@code replications: auto}), if any
 */
public record RunSettings(double horizon, double warmup, int replications, long seed, boolean autoWarmup,
                          Optional<Precision> precision) {

    /** Replications a precision target starts from: fewer give no usable estimate of the variance. */
    public static final int MIN_AUTO_REPLICATIONS = 5;

    /** Fixed settings: the warm-up and the replications as given. */
    public RunSettings(double horizon, double warmup, int replications, long seed) {
        this(horizon, warmup, replications, seed, false, Optional.empty());
    }

    /**
     * Replications are added until a KPI's 95 % CI half-width is at most a share of its mean.
     *
     * @param kpi                 key of the line KPI to make precise (default {@code gwh_per_year})
     * @param relativeHalfWidth   target half-width / |mean| (default 0.01)
     * @param maxReplications     the most replications to run (default 100)
     */
    public record Precision(String kpi, double relativeHalfWidth, int maxReplications) {
        public static final Precision DEFAULT = new Precision("gwh_per_year", 0.01, 100);
    }

    /** Hours over which statistics are collected. */
    public double observedHours() {
        return horizon - warmup;
    }

    /** The same settings with a warm-up found by detection. */
    public RunSettings withWarmup(double hours) {
        return new RunSettings(horizon, hours, replications, seed, autoWarmup, precision);
    }

    /** The same settings running exactly {@code n} replications, with no precision target. */
    public RunSettings withReplications(int n) {
        return new RunSettings(horizon, warmup, n, seed, autoWarmup, Optional.empty());
    }

    /** The same settings on another seed. */
    public RunSettings withSeed(long newSeed) {
        return new RunSettings(horizon, warmup, replications, newSeed, autoWarmup, precision);
    }
}
