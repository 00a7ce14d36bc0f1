package dev.linesim.line;

/**
 * What a repair crew did in one replication's observed period.
 *
 * @param id             the crew
 * @param size           its technicians on duty, time-averaged over the observed period
 * @param utilisation    time-average share of its technicians repairing
 * @param repairsStarted repairs begun
 * @param meanWaitHours  mean hours a broken-down machine waited for a technician before its repair began (NaN when
 *                       no repair began)
 */
public record CrewResult(String id, double size, double utilisation, long repairsStarted, double meanWaitHours) {
}
