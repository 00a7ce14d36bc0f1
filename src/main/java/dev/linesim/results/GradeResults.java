package dev.linesim.results;

/**
 * One grade of the end-of-line grading in a run.
 *
 * @param name  as written, e.g. "A"
 * @param price its selling price per kWh as text ("55 USD/kWh"), or null when unpriced
 * @param share share of the good cells sorted into it, mean and 95 % CI over the replications
 */
public record GradeResults(String name, String price, KpiEstimate share) {
}
