/**
 * The production line on the SSJ engine: stations with parallel machines, input buffers that convert
 * between units of work, batching, assembly of branches, breakdowns, scrap, planned downtime and
 * delay stages; {@link dev.linesim.line.LineModel}, which runs one replication; and
 * {@link dev.linesim.line.RunawayWatch}, which stops a line that cannot keep up.
 *
 * <p>Material is counted in cells: a roll that feeds 500 cells carries 500 cell-equivalents. Each
 * station handles its own unit (roll, cell, tray...) of {@code cells_per_unit} cells; an input buffer
 * packs incoming material into the station's units, which is how rolls become cells and cells trays.
 *
 * <p>Delay stages hold their units in places instead of machines ({@link dev.linesim.line.DelayStage}); repairs
 * may wait for a technician of a shared {@link dev.linesim.line.Crew}. To add a station kind, see
 * {@link dev.linesim.scenario.StationKind}.
 */
package dev.linesim.line;
