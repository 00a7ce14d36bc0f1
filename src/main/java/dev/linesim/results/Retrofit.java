package dev.linesim.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a retrofit plan changes and what it costs.
 *
 * @param base               name of the line converted
 * @param changes            one line per change ("replace filling with precursor_injection")
 * @param newEquipment       new stations, replacements and added machines, installed
 * @param newFacility        new or enlarged facility items, installed
 * @param modifications      declared cost of modifying kept assets
 * @param gross              new equipment + new facility + modifications
 * @param salvage            value recovered from retired assets
 * @param net                gross less salvage
 * @param greenfield         the converted line built new
 * @param reusedEquipment    value of existing equipment kept
 * @param reusedFacility     value of existing facility kept
 * @param shareOfGreenfield  gross / greenfield
 * @param reuseShareByValue  kept equipment / equipment of the converted line, by value
 * @param reuseShareByCount  the same by machine count
 * @param reusedMachines     existing machines kept
 * @param machines           machines of the converted line
 * @param keptShareOfExistingByValue    kept equipment / the existing line's equipment, by value
 * @param keptShareOfExistingByStations stations kept / the existing line's stations (each station once)
 * @param reuseShareByStations          stations kept / the converted line's stations
 */
public record Retrofit(String base, List<String> changes, BigDecimal newEquipment, BigDecimal newFacility,
                       BigDecimal modifications, BigDecimal gross, BigDecimal salvage, BigDecimal net,
                       BigDecimal greenfield, BigDecimal reusedEquipment, BigDecimal reusedFacility,
                       double shareOfGreenfield, double reuseShareByValue, double reuseShareByCount,
                       int reusedMachines, int machines, double keptShareOfExistingByValue,
                       double keptShareOfExistingByStations, double reuseShareByStations) {
    public Retrofit {
        changes = List.copyOf(changes);
    }
}
