package dev.linesim.results;

/**
 * The run settings a result comes from.
 *
 * @param horizonHours    simulated time per replication, warm-up included
 * @param warmupHours     warm-up, after which statistics restart
 * @param observedHours   horizon less warm-up
 * @param replications    independent replications
 * @param seed            base seed of the random streams
 * @param confidenceLevel level of every interval (0.95)
 * @param hoursPerDay     working hours per day of the calendar
 * @param daysPerYear     operating days per year (cells/h to cells/yr)
 */
public record RunInfo(double horizonHours, double warmupHours, double observedHours, int replications, long seed,
                      double confidenceLevel, double hoursPerDay, double daysPerYear) {
}
