/**
 * Experiments: runs the replications of a scenario on a thread pool (results do not depend on the thread
 * count), computes its economics, checks its warm-up and precision ({@link dev.linesim.experiment.WarmupCheck}),
 * and turns it into result records, KPI by KPI from {@link dev.linesim.experiment.KpiCatalogue}; compares
 * scenarios with common random numbers, simulates conversions week by week, and estimates a run's work before it
 * starts.
 */
package dev.linesim.experiment;
