/**
 * Reading scenario and plan files: YAML with source locations ({@link dev.linesim.scenario.input.YamlReader},
 * {@link dev.linesim.scenario.input.YamlDocument}), the bundled JSON Schema
 * ({@link dev.linesim.scenario.input.SchemaCheck}), command-line overrides, and the binders that turn a valid
 * document into spec records and check what a schema cannot (distribution parameters, routing, references).
 * {@link dev.linesim.scenario.input.ScenarioLoader} is the entry point: it reads a file, resolves it through
 * {@code scenario.retrofit} when it is a plan, and reports every problem at once.
 */
package dev.linesim.scenario.input;
