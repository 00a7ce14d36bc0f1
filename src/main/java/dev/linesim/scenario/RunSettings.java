package dev.linesim.scenario;

/**
 * How long and how often to simulate.
 *
 * @param horizon      simulated hours per replication, warm-up included
 * @param warmup       hours at the start whose statistics are discarded
 * @param replications independent replications (each on its own random substreams)
 * @param seed         base seed: the same seed gives the same results
 */
public record RunSettings(double horizon, double warmup, int replications, long seed) {

    /** Hours over which statistics are collected. */
    public double observedHours() {
        return horizon - warmup;
    }
}
