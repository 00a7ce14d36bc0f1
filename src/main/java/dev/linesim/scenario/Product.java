package dev.linesim.scenario;

/**
 * The cell the line makes.
 *
 * @param chemistry  label such as LFP or NCM811
 * @param format     prismatic, pouch or cylindrical (free text)
 * @param whPerCell  nominal energy of one good cell, in Wh
 * @param liquidFraction liquid electrolyte share of the cell's mass (NaN when not given)
 */
public record Product(String chemistry, String format, double whPerCell, double liquidFraction) {
}
