/**
 * What a scenario says, as immutable spec records: the line ({@link dev.linesim.scenario.Scenario}, its stations
 * and their {@link dev.linesim.scenario.StationKind}s, crews, calendar, product, economics), and the
 * {@link dev.linesim.scenario.Problem}s found in a file, each naming file, line, column and key path. Quantities are
 * held in internal units: hours for time, cells for material, watt-hours for energy.
 *
 * <p>Specs are plain data: this package imports no other project package and never names the simulation library.
 * Reading files is {@code scenario.input}; plans and their resolution are {@code scenario.retrofit}.
 */
package dev.linesim.scenario;
