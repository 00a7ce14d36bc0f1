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
 * <p>To add a station type: give {@link dev.linesim.scenario.StationSpec.Kind} a value and the schema a
 * definition, then decide in {@link dev.linesim.line.Station} how it starts and ends jobs.
 */
package dev.linesim.line;
