package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * What running the line costs besides its capital, bottom-up. Every part is optional; a part not given is
 * not costed (and not shown), never assumed.
 *
 * @param materials         bill of materials: what each cell consumes, and at which station it enters
 * @param wagePerHour       loaded cost of one operator-hour
 * @param electricityPerKwh price of one kWh of electricity
 * @param maintenanceShare  maintenance per year as a share of the installed equipment value (NaN when not given)
 * @param overheadPerYear   plant overhead per year (management, quality, logistics, insurance)
 */
public record OperatingCosts(List<MaterialItem> materials, Optional<Money> wagePerHour, Optional<Money> electricityPerKwh,
                             double maintenanceShare, Optional<Money> overheadPerYear) {
    public static final OperatingCosts NONE = new OperatingCosts(List.of(), Optional.empty(), Optional.empty(), Double.NaN,
            Optional.empty());

    public OperatingCosts {
        materials = List.copyOf(materials);
    }

    /**
     * One line of the bill of materials. A cell that enters {@code station} consumes it, whether or not it is
     * scrapped later, so scrap is valued by the materials consumed up to the station where it is lost.
     *
     * @param item    what it is (cathode active material, electrolyte, can)
     * @param perCell cost per cell entering the station (a per-kWh price already multiplied by the cell's energy)
     * @param station the station where it enters the cell
     */
    public record MaterialItem(String item, Money perCell, String station) {
    }
}
