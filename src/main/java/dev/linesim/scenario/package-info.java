/**
 * Scenario files: reading YAML with source locations, validating it against the bundled JSON Schema,
 * binding it to immutable spec records and cross-checking references and routing.
 *
 * <p>Every problem found is reported at once as a {@link dev.linesim.scenario.Problem} naming file, line,
 * column and key path. Quantities carry their unit in the file and are converted here, once, to the
 * internal units: hours for time, cells for material, watt-hours for energy.
 * This package imports no other project package.
 */
package dev.linesim.scenario;
