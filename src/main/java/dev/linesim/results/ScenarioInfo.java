package dev.linesim.results;

/**
 * What was simulated.
 *
 * @param name        scenario name
 * @param description free text from the file
 * @param chemistry   cell chemistry label
 * @param format      cell format (prismatic, pouch, ...), may be empty
 * @param whPerCell   nominal energy of one good cell, Wh
 * @param plan        whether the scenario is the converted line of a retrofit plan
 * @param base        for a plan: the name of the line it converts; else null
 */
public record ScenarioInfo(String name, String description, String chemistry, String format, double whPerCell,
                           boolean plan, String base) {
}
