package dev.linesim.results;

/**
 * One grade of the end-of-line grading in a run.
 *
 * @param name  as written, e.g. "A"
 * @param price its selling price per kWh as text ("55 USD/kWh"), "sent to <station>" for a grade sent on, or null
 *              when unpriced
 * @param share share of the good cells leaving the line in it, mean and 95 % CI over the replications (0 for a grade
 *              sent on: its cells leave later, in another grade)
 */
public record GradeResults(String name, String price, KpiEstimate share) {
}
