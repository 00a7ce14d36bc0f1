package dev.linesim.results;

/**
 * One repair crew in a run, each figure with its 95 % CI over the replications.
 *
 * @param id          as written under repair_crews
 * @param name        display name
 * @param onDuty      technicians on duty, time-averaged
 * @param utilisation technician-hours repairing / technician-hours on duty
 * @param waitHours   mean hours from a breakdown to the start of its repair
 */
public record CrewResults(String id, String name, KpiEstimate onDuty, KpiEstimate utilisation, KpiEstimate waitHours) {
}
