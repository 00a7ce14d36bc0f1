/**
 * The results model: plain records that carry everything a table, chart or report needs (scenario metadata,
 * every KPI with its confidence interval and per-replication values, station figures, capex items with their
 * fates, the plan's changes and the assumptions), and {@link dev.linesim.results.ResultsFiles}, which writes
 * them as JSON and reads them back. Result files stand alone: nothing downstream re-reads a scenario.
 * Imports only {@code stats}.
 */
package dev.linesim.results;
