/**
 * Regression checks of a model's results against committed baselines: per-KPI tolerances, verdicts (pass, fail,
 * inconclusive) from paired or Welch confidence intervals, exact digest checks, and JUnit XML for CI servers.
 * Pure: reads result records, imports only {@code results} and {@code stats}.
 */
package dev.linesim.regression;
