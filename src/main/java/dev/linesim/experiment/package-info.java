/**
 * Experiments: runs the replications of a scenario on a thread pool (results do not depend on the
 * thread count) and summarises them as estimates with 95 % confidence intervals.
 */
package dev.linesim.experiment;
